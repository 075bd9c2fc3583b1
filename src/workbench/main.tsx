import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Workbench } from './Workbench';
import './workbench.css';

const root = document.getElementById('workbench');
if (!root) throw new Error('The workbench page has no #workbench element.');
createRoot(root).render(
  <StrictMode>
    <Workbench />
  </StrictMode>,
);

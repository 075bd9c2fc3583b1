import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadDataset } from '../data/dataset';
import { formatProblem } from '../data/validate';
import { keepStateInFragment } from '../filters/useSearchState';
import { createSearchIndex } from '../search/searchIndex';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { FatalError } from './FatalError';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
const root = createRoot(container);
keepStateInFragment();

loadDataset().then(
  ({ records, problems }) => {
    if (problems.length > 0) console.error(problems.map(formatProblem).join('\n'));
    const index = createSearchIndex(records);
    root.render(
      <StrictMode>
        <ErrorBoundary fallback={<FatalError />}>
          <App records={records} index={index} problemCount={problems.length} />
        </ErrorBoundary>
      </StrictMode>,
    );
  },
  (error: unknown) => {
    console.error(error);
    root.render(<FatalError />);
  },
);

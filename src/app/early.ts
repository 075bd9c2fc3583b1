/**
 * Runs alone, as soon as it arrives, while the app's code is still on its way (scripts/earlyScriptPlugin.ts):
 * about 1.5 s into a load on a slow phone network, where the app draws at about 4 s. It must import nothing
 * that the app's code imports too, or it would wait for that code to arrive.
 */
import { translateFrame } from './frameText';
import './quickExitLink';
import { warmUpIntl } from './warmUp';

// An async script can run before the page has been read to the end: the frame is all there once it has.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', translateFrame, { once: true });
else translateFrame();
// The frame first: it is what the user sees.
warmUpIntl();

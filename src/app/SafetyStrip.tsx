import type { ReactNode } from 'react';
import type { ServiceRecord } from '../data/schema';
import type { SearchState } from '../filters/searchState';
import { hrefFor, navigate } from '../filters/useSearchState';
import { messages } from '../i18n/messages';
import { HelpBar } from './HelpBar';
import { useUpdateReady } from './offlineCopy';
import { QuickExitButton } from './QuickExitButton';
import { useOnline } from './useOnline';

interface SafetyStripProps {
  byId: ReadonlyMap<string, ServiceRecord>;
  rightsState?: SearchState;
  /** The skip links: the stops right after quick exit, before the help numbers. */
  skipLinks?: ReactNode;
}

/** Quick exit, the help numbers and, outside the rights page, the way to it: at the top of every page. */
export function SafetyStrip({ byId, rightsState, skipLinks }: SafetyStripProps) {
  return (
    <>
      <div className="safety-strip">
        <QuickExitButton />
        {skipLinks}
        <HelpBar byId={byId} />
        {rightsState ? (
          <a
            className="rights-link"
            href={hrefFor(rightsState)}
            onClick={(event) => {
              event.preventDefault();
              navigate(rightsState);
            }}
          >
            {messages.safety.rights}
          </a>
        ) : null}
      </div>
      {/* After the strip, so quick exit stays the first stop on the page. */}
      <ConnectionNotices />
    </>
  );
}

/** Says when the app is working from the copy on this device, and offers a waiting update. */
function ConnectionNotices() {
  const online = useOnline();
  const update = useUpdateReady();
  return (
    <div className="connection-notices" role="status">
      {online ? null : <p className="offline-notice">{messages.offline.notice}</p>}
      {update ? (
        <p className="update-notice">
          {messages.offline.updateReady}{' '}
          <button type="button" className="button button--quiet" onClick={update}>
            {messages.offline.update}
          </button>
        </p>
      ) : null}
    </div>
  );
}

// "Save and come back later", offered where this browser can keep answers safely (see link-key.ts).
import { useNavigate } from 'react-router';
import { Button } from '../../../components/Button.js';
import { useRespond } from './respond-context.js';
import { useStrings } from './strings.js';

export function SaveForLaterButton() {
  const { canKeepOnDevice, pathTo } = useRespond();
  const strings = useStrings();
  const navigate = useNavigate();
  if (!canKeepOnDevice) return null;
  return (
    <Button variant="secondary" onClick={() => void navigate(pathTo({ kind: 'save' }))}>
      {strings.saveAndComeBackLater}
    </Button>
  );
}

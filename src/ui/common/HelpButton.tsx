import { uiStore } from '../../state/uiStore';
import { useLocale } from '../hooks';
import { SymbolButton } from './SymbolButton';

/** Opens the keyboard help, as F1 does. */
export function HelpButton() {
  const { t } = useLocale();
  return (
    <SymbolButton
      symbol="?"
      label={t('access.help.button')}
      className="btn help-btn"
      onClick={() => uiStore.setState({ help: true })}
    />
  );
}

import { useId } from 'react';
import { dashboardMessages as m } from '../messages';

export type ThemeOption = { code: string; name: string; group: string };

type ThemePickerProps = {
  themes: ThemeOption[];
  value: string | undefined;
  onChange: (code: string) => void;
};

/** The theme select, grouped by domain. */
export function ThemePicker({ themes, value, onChange }: ThemePickerProps) {
  const id = useId();
  const groups = [...new Set(themes.map((theme) => theme.group))];
  const known = themes.some((theme) => theme.code === value);
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {m.themeLabel}
      </label>
      <select id={id} value={known ? value : ''} onChange={(event) => onChange(event.target.value)}>
        {known ? null : (
          <option value="" disabled>
            {m.chooseTheme}
          </option>
        )}
        {groups.map((group) => (
          <optgroup key={group} label={group}>
            {themes
              .filter((theme) => theme.group === group)
              .map((theme) => (
                <option key={theme.code} value={theme.code}>
                  {theme.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

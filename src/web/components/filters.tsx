// Filters kept in the page's address (so a filtered list can be shared and survives a reload):
// drop-downs that apply at once, and a search box that applies on submit.
import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';

/** Sets or clears one search parameter, replacing the history entry rather than adding one per change. */
export function useFilterParams(): [URLSearchParams, (name: string, value: string) => void] {
  const [params, setParams] = useSearchParams();
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return [params, set];
}

export interface FilterOption {
  value: string;
  label: string;
}

/** Every theme, the uncoded, or one theme. */
export const themeFilterOptions = (themes: readonly { id: string; name: string }[]): FilterOption[] => [
  { value: '', label: 'Every theme' },
  { value: 'uncoded', label: 'Not coded yet' },
  ...themes.map((t) => ({ value: t.id, label: t.name })),
];

export function FilterSelect({ name, label, options }: { name: string; label: string; options: readonly FilterOption[] }) {
  const [params, set] = useFilterParams();
  return (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label" htmlFor={`filter-${name}`}>
        {label}
      </label>
      <select className="nhsuk-select" id={`filter-${name}`} value={params.get(name) ?? ''} onChange={(e) => set(name, e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A search box for the parameter `q`. */
export function FilterSearch({ label }: { label: string }) {
  const [params, set] = useFilterParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  return (
    <form
      role="search"
      className="nhsuk-form-group"
      onSubmit={(e) => {
        e.preventDefault();
        set('q', q.trim());
      }}
    >
      <label className="nhsuk-label" htmlFor="filter-q">
        {label}
      </label>
      <div className="app-inline-search">
        <input className="nhsuk-input nhsuk-input--width-20" id="filter-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small">
          Search
        </button>
      </div>
    </form>
  );
}

export function FilterBar({ children }: { children: ReactNode }) {
  return <div className="app-comment-filters">{children}</div>;
}

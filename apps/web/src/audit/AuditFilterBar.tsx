import { AUDIT_ACTIONS, type Staff } from '@smp/contracts';
import { actionGroupLabels, actionLabels } from './action-labels';
import { dateRangeProblem, type AuditFilters } from './audit-filters';
import { EnumOptions } from '../shared/EnumOptions';
import { DateInput, onWholeDate } from '../shared/DateInput';

const actionGroups = Object.entries(actionGroupLabels).map(([prefix, label]) => ({
  label,
  actions: AUDIT_ACTIONS.filter((action) => action.startsWith(`${prefix}.`)),
}));

interface AuditFilterBarProps {
  filters: AuditFilters;
  staff: Staff[];
  /** The filtered client's name, when the events loaded so far tell it. */
  clientName: string | null;
  onChange: (changes: Partial<AuditFilters>) => void;
}

export function AuditFilterBar({ filters, staff, clientName, onChange }: AuditFilterBarProps) {
  const rangeProblem = dateRangeProblem(filters);
  const filtered = Object.values(filters).some(Boolean);
  return (
    <div className="toolbar wrap" role="search" aria-label="Filter the audit trail">
      <label className="inline-field">
        Staff
        <select value={filters.staffId ?? ''} onChange={(event) => onChange({ staffId: event.target.value })}>
          <option value="">Everyone</option>
          {staff.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
              {member.status === 'deactivated' ? ' (deactivated)' : ''}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        Action
        <select value={filters.action ?? ''} onChange={(event) => onChange({ action: event.target.value as AuditFilters['action'] })}>
          <option value="">Any action</option>
          {actionGroups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              <EnumOptions values={group.actions} labels={actionLabels} />
            </optgroup>
          ))}
        </select>
      </label>
      <label className="inline-field">
        From
        <DateInput value={filters.from} max={filters.to} onChange={onWholeDate((from) => onChange({ from }))} />
      </label>
      <div className={rangeProblem ? 'inline-field invalid' : 'inline-field'}>
        <label htmlFor="audit-to">To</label>
        <DateInput
          id="audit-to"
          value={filters.to}
          min={filters.from}
          onChange={onWholeDate((to) => onChange({ to }))}
          aria-invalid={rangeProblem ? true : undefined}
          aria-describedby={rangeProblem ? 'audit-to-error' : undefined}
        />
        {rangeProblem && (
          <span className="field-error" id="audit-to-error">
            {rangeProblem}
          </span>
        )}
      </div>
      {filters.clientId && (
        <span className="chip">
          Client: {clientName ?? 'the chosen client'}
          <button type="button" onClick={() => onChange({ clientId: '' })} aria-label="Stop filtering by client">
            ×
          </button>
        </span>
      )}
      {filtered && (
        <button type="button" className="button subtle small" onClick={() => onChange({ staffId: '', clientId: '', action: undefined, from: '', to: '' })}>
          Clear filters
        </button>
      )}
    </div>
  );
}

import type { DrillSkill } from '~/sim/subnet';
import { drillSkillTitle } from '~/sim/subnet/drill-skill-titles';
import type { SkillChoice } from './drill-seed';

interface SkillPickerProps {
  id: string;
  skills: readonly DrillSkill[];
  value: SkillChoice;
  onChange: (choice: SkillChoice) => void;
}

/** The list of a drill's skills, and "all of them, mixed". */
export function SkillPicker({ id, skills, value, onChange }: SkillPickerProps) {
  return (
    <div className="sim-field subnet-skill-picker">
      <label htmlFor={id}>Skill</label>
      <select
        id={id}
        className="sim-input"
        value={value}
        onChange={(event) => onChange(event.target.value as SkillChoice)}
      >
        {skills.map((s) => (
          <option key={s} value={s}>
            {drillSkillTitle(s)}
          </option>
        ))}
        <option value="mixed">All of them, mixed</option>
      </select>
    </div>
  );
}

// Tags typed as a comma-separated list; the text stays as typed (a trailing comma included)
// while the list it means goes to the document.
import { useState } from 'react';
import { sameValue } from '../../autosave/fieldDiff';
import { TextField } from './TextField';

interface TagsFieldProps {
  label: string;
  value: readonly string[];
  onChange(tags: string[]): void;
  onBlur?(): void;
  hint?: string;
  className?: string;
}

export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

export function TagsField({ label, value, onChange, onBlur, hint, className }: TagsFieldProps) {
  const [text, setText] = useState(value.join(', '));
  const [shown, setShown] = useState<readonly string[]>(value);
  // The document changed under us (a reload, "take theirs"): show its tags.
  if (!sameValue(shown, value)) {
    setShown(value);
    if (!sameValue(parseTags(text), value)) setText(value.join(', '));
  }
  return (
    <TextField
      label={label}
      value={text}
      hint={hint}
      className={className}
      onBlur={onBlur}
      onChange={(next) => {
        setText(next);
        const tags = parseTags(next);
        setShown(tags);
        onChange(tags);
      }}
    />
  );
}

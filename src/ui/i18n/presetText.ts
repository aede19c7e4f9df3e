/**
 * A preset's title and description in one language. In a file of its own because t.ts (the
 * locale data) and each locale's preset texts use it, and presets.ts imports t.ts: declaring it in
 * presets.ts would make an import cycle.
 */
export interface PresetText {
  title: string;
  description: string;
}

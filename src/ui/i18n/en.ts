/**
 * English strings: the reference dictionary. Every key a learner can read is declared here first;
 * other locales must provide the same keys (the compiler checks it). `{name}` is a parameter.
 */
export const en = {
  'app.title': 'ZabScope',
  'app.tagline': 'How Apache ZooKeeper keeps its servers in agreement',
  'controls.label': 'Playback',
  'controls.play': 'Play',
  'controls.pause': 'Pause',
  'status.label': 'State',
  'status.connecting': 'starting',
  'status.running': 'running',
  'status.paused': 'paused',
  'status.error': 'error',
  'ticks.label': 'Ticks',
  'viz.label': 'Ensemble of {count} servers',
  'viz.server': 'Server {sid}',
  'viz.serverPicked': 'Server {sid}, picked on the latest tick',
  'viz.picked': 'picked',
  'slice.note':
    'Wiring check: the worker draws one server per tick from a seeded random stream and the page draws it. The ZAB simulation replaces this view.',
} as const;

export type MessageKey = keyof typeof en;

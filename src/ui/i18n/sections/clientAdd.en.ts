/** English strings of adding a client by click (issue 15, part 4). */
export const clientAddEn = {
  'clientAdd.title': 'Add a client connected to S{sid}',
  'clientAdd.timeout': 'Session timeout (ms)',
  'clientAdd.submit': 'Add client',
  'clientAdd.badTimeout': 'The session timeout must be a whole number of ms from 1 to {max}.',
  'clientAdd.action': 'A new client {client} starts and connects to {servers}.',
} as const;

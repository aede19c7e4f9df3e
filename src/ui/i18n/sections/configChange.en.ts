/** English strings of "Change the config" by click (issue 15, item 4). */
export const configChangeEn = {
  'configChange.title': 'Change the config {path}',
  'configChange.value': 'New value',
  'configChange.sender': 'Sent by client',
  'configChange.submit': 'Change the config',
  'configChange.badValue': 'The new value must have 1 to {max} characters.',
};

/** The pieces of a Peak-EWMA pick reason that the older `pick.*` strings did not cover. */
export const pickReasonsEn = {
  'pick.pewmaCost': '{id}: {ewma} ms × ({n} + 1) = {cost}',
  'pick.pewmaCosts': '{a}; {b}',
};

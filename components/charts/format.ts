/** The charts' default number format: whole numbers as they are, anything else to one decimal. */
export function defaultFormat(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** "role" → "Role": a noun that opens a sentence or a title. */
export const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

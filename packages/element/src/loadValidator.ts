type Validator = typeof import("@oncoline/core/validate");
let validator: Validator | null = null;

/** The validator if its chunk has loaded already (draw at once, without a microtask). */
export const loadedValidator = (): Validator | null => validator;

/**
 * The validator (zod and the model's schemas) is a separate chunk, loaded the first time a
 * document needs checking: a page that passes validated data (from a server, or
 * `oncoline validate --normalize`) never downloads it. Shared by every element.
 */
export async function loadValidator(): Promise<Validator> {
  validator ??= await import("@oncoline/core/validate");
  return validator;
}

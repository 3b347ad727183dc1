import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  modeLab65,
  parseHex,
  useMode as registerMode,
  type Color,
} from "culori/fn";
import { MIN_CVD_DELTA_E, type ColorClash } from "./classPaint.js";

// The colour science behind `classFills` for colours the built-in themes do not use. Kept in its
// own entry (`@oncoline/core/color`) so that a page drawing built-in themes never downloads culori:
// those themes' colours are checked against a table made by the same code (`cvdTable.ts`).

interface Science {
  difference: (a: Color, b: Color) => number;
  simulations: ReadonlyArray<(c: Color) => Color>;
}
let science: Science | undefined;
/**
 * culori set up on first use, not when the module loads. culori/fn registers no colour space by
 * itself: without Lab, converting gives undefined. (Imported under another name: `useMode` is no
 * React hook, but the lint rule goes by its name.) Colours are parsed with `parseHex` alone:
 * registering the RGB mode for every CSS syntax and colour name would add about 2 kB gzipped.
 */
function setUp(): Science {
  if (!science) {
    registerMode(modeLab65);
    science = {
      difference: differenceCiede2000(),
      simulations: [
        (c) => c,
        filterDeficiencyDeuter(1),
        filterDeficiencyProt(1),
        filterDeficiencyTrit(1),
      ],
    };
  }
  return science;
}

/**
 * The smallest CIEDE2000 difference between two colours in normal vision and under deuteranopia,
 * protanopia and tritanopia simulation (Machado et al. 2009, as implemented by culori): what the
 * least favoured reader sees. Colours are compared when written as hex (`#rgb`, `#rrggbb`, as every
 * built-in theme's are); two other strings count as the same colour when equal, else as far apart.
 */
export function cvdDifference(a: string, b: string): number {
  const ca = parseHex(a);
  const cb = parseHex(b);
  if (!ca || !cb) return a === b ? 0 : Infinity;
  const { difference, simulations } = setUp();
  let min = Infinity;
  for (const simulate of simulations) min = Math.min(min, difference(simulate(ca), simulate(cb)));
  return min;
}

/**
 * Whether two colours look alike to some reader (`cvdDifference` under `MIN_CVD_DELTA_E`), for any
 * colours: pass it to a figure whose theme has colours of its own (`needsColorScience`).
 */
export const cvdClash: ColorClash = (a, b) => cvdDifference(a, b) < MIN_CVD_DELTA_E;

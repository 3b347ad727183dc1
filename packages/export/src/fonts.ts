import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The DejaVu Sans TTFs of the `dejavu-fonts-ttf` package: regular, bold, oblique, bold oblique. */
export function dejaVuFiles(): {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
} {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  return {
    regular: join(dir, "DejaVuSans.ttf"),
    bold: join(dir, "DejaVuSans-Bold.ttf"),
    italic: join(dir, "DejaVuSans-Oblique.ttf"),
    boldItalic: join(dir, "DejaVuSans-BoldOblique.ttf"),
  };
}

/**
 * Rasterize a standalone SVG document at its own size: SVG → Blob URL → Image → canvas → PNG.
 * Under a Content-Security-Policy the page must allow `img-src blob:` for the Image to load.
 */
export async function svgToPng(svg: string): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode().catch(() => {
      throw new Error("the browser would not load the SVG as an image (a CSP needs img-src blob:)");
    });
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("this browser gives no 2D canvas");
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("the canvas produced no PNG"))),
        "image/png",
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The figure's size from the root `<svg>`'s width and height attributes. */
function svgSize(svg: string): { width: number; height: number } {
  const root = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
  const width = Number(root.getAttribute("width"));
  const height = Number(root.getAttribute("height"));
  if (!(width > 0 && height > 0)) throw new Error("the SVG has no width and height");
  return { width: Math.round(width), height: Math.round(height) };
}

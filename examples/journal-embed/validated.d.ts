// The module build.mjs resolves to seed 003's validated Timeline (JSON written before bundling).
declare module "oncoline:validated-seed-003" {
  const timeline: import("@oncoline/core/render").Timeline;
  export default timeline;
}

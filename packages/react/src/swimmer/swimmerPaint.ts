// The swimmer's paint (colours by the patient view's keys, fades) lives in @oncoline/core's scene.
export { makeSwimmerPaint as swimmerPaint } from "@oncoline/core/render";

// The other build the A/B page (ab-page.tsx) loads beside this one: ab.mjs maps these names to a
// copy of another checkout's dist directories. Same public API as this checkout's packages.
declare module "@oncoline-main/react" {
  export * from "@oncoline/react";
}
declare module "@oncoline-main/element" {
  export * from "@oncoline/element";
}

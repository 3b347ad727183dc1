// Stylesheets imported for their side effect (Storybook's preview loads the component's CSS).
declare module "*.css";

/** This package's version, the default version of the instrumentation scope (kept equal to package.json by a test). */
export const PACKAGE_VERSION = '0.1.0';

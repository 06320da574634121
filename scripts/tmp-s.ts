import { build } from '../test/e2e/browser.mjs';
import { measureStudio } from './bench-studio';
build();
console.log(await measureStudio());

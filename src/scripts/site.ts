/** The site's only script: small behaviours, each a no-op on pages without its elements. */
import { setUpCopyButtons } from './copy-code.ts';
import { setUpNavigationMenu } from './navigation-menu.ts';
import { setUpPrintHints } from './print-hints.ts';
import { setUpProgress } from './progress.ts';
import { setUpSearch } from './search.ts';
import { setUpThemeToggle } from './theme-toggle.ts';
import { setUpTableOfContents } from './toc.ts';

setUpThemeToggle();
setUpNavigationMenu();
setUpCopyButtons();
setUpProgress();
setUpSearch();
setUpPrintHints();
setUpTableOfContents();

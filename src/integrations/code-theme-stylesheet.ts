/** Serves the generated code-colour stylesheet as `virtual:code-theme.css` (see src/lib/code-theme.ts). */
import type { AstroIntegration } from 'astro';
import { codeThemeCss } from '../lib/code-theme.ts';

const id = 'virtual:code-theme.css';
const resolved = `\0${id}`;

export function codeThemeStylesheet(): AstroIntegration {
  return {
    name: 'zfp:code-theme-stylesheet',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'zfp:code-theme-css',
                resolveId: (source: string) => (source === id ? resolved : undefined),
                load: (loaded: string) => (loaded === resolved ? codeThemeCss() : undefined),
              },
            ],
          },
        });
      },
    },
  };
}

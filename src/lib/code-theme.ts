/**
 * Code colours as classes, not inline styles: pages then work under a strict
 * Content-Security-Policy (no 'unsafe-inline' styles) and HTML stays small.
 * Each theme's colours form a palette; a token gets one class per theme
 * (`l3 d7`), and the stylesheet maps classes to colours per colour scheme.
 */
import type { ThemeRegistrationRaw } from '@shikijs/types';
import darkTheme from 'shiki/themes/github-dark-default.mjs';
import lightTheme from 'shiki/themes/github-light-default.mjs';

export const themes = { light: lightTheme as ThemeRegistrationRaw, dark: darkTheme as ThemeRegistrationRaw };
export type ThemeName = keyof typeof themes;

function paletteOf(theme: ThemeRegistrationRaw): string[] {
  const colors = new Set<string>();
  const foreground = theme.colors?.['editor.foreground'];
  if (foreground) colors.add(foreground.toLowerCase());
  for (const rule of theme.tokenColors ?? []) {
    const color = rule.settings?.foreground;
    if (color) colors.add(color.toLowerCase());
  }
  return [...colors].sort();
}

export const palettes: Record<ThemeName, string[]> = { light: paletteOf(themes.light), dark: paletteOf(themes.dark) };
const prefix: Record<ThemeName, string> = { light: 'l', dark: 'd' };

const foregrounds: Record<ThemeName, string | undefined> = {
  light: themes.light.colors?.['editor.foreground']?.toLowerCase(),
  dark: themes.dark.colors?.['editor.foreground']?.toLowerCase(),
};

/** The class that gives a token its colour in one theme (undefined for the default colour, which needs none). */
export function colorClass(theme: ThemeName, color: string | undefined): string | undefined {
  if (!color || color.toLowerCase() === foregrounds[theme]) return undefined;
  const index = palettes[theme].indexOf(color.toLowerCase());
  return index < 0 ? undefined : `${prefix[theme]}${index}`;
}

/** The stylesheet for token classes: light by default, dark under data-theme="dark" or the system preference. */
export function codeThemeCss(): string {
  const rules = (theme: ThemeName, scope: string) => palettes[theme].map((color, i) => `${scope} .code .${prefix[theme]}${i}{color:${color}}`).join('\n');
  return [
    '/* Generated from the Shiki themes by src/lib/code-theme.ts. */',
    rules('light', ':root'),
    rules('dark', ':root[data-theme="dark"]'),
    '@media (prefers-color-scheme: dark){',
    rules('dark', ':root:not([data-theme="light"])'),
    '}',
    '',
  ].join('\n');
}

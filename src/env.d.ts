/// <reference types="astro/client" />
// data.hName / hProperties / hChildren on mdast nodes (read by remark-rehype).
import type {} from 'mdast-util-to-hast';
// data.directiveLabel and the directive node types.
import type {} from 'mdast-util-directive';

declare module 'virtual:code-theme.css';

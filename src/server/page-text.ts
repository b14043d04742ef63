// The server's way to the words of the web page and of the code pages, which live in the browser-safe
// src/i18n/page-text.ts (the web page imports them from there; never from src/server, whose modules may use Node).
export * from '../i18n/page-text.js';

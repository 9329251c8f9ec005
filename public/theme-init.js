// Runs before first paint (a blocking external script, so a strict CSP needs no
// 'unsafe-inline'): applies the saved theme, else the system's, and marks that
// JavaScript is available.
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  var theme = null;
  try {
    theme = localStorage.getItem('zfp:theme');
  } catch (e) {}
  if (theme !== 'light' && theme !== 'dark') {
    theme = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  root.setAttribute('data-theme', theme);
})();

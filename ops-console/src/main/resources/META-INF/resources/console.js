// htmx 2 swaps only the body of a boosted page: a screen's own stylesheet or script (its <head> links) would be
// missing when it is reached by a boosted link. Before such a swap, add what the new page's head links and this
// document lacks. Screen scripts therefore initialise on htmx:load (fired for the first page and every swap), and
// must be inert on pages without their elements.
document.addEventListener('htmx:beforeSwap', function (evt) {
  if (!evt.detail.requestConfig || !evt.detail.requestConfig.boosted) return;
  var match = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(evt.detail.serverResponse || '');
  if (!match) return;
  var head = new DOMParser().parseFromString('<head>' + match[1] + '</head>', 'text/html').head;
  head.querySelectorAll('link[rel="stylesheet"][href]').forEach(function (link) {
    if (!document.head.querySelector('link[rel="stylesheet"][href="' + link.getAttribute('href') + '"]')) {
      document.head.appendChild(link.cloneNode());
    }
  });
  head.querySelectorAll('script[src]').forEach(function (script) {
    if (!document.head.querySelector('script[src="' + script.getAttribute('src') + '"]')) {
      var copy = document.createElement('script');
      copy.src = script.getAttribute('src');
      document.head.appendChild(copy);
    }
  });
});

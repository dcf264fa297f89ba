// The technician's job page is long on a phone: when a form comes back refused, bring its first wrong input (or the
// problem) into view and focus it, so the message under it is what the technician sees; after an action, bring its
// notice (which stands in the section of the action) into view.
(function () {
  function showProblem() {
    var problem = document.querySelector('.tech .problem');
    if (!problem) {
      var notice = document.querySelector('.tech .notice');
      if (notice) {
        notice.scrollIntoView({ block: 'center' });
      }
      return;
    }
    var field = problem.closest('form') && problem.closest('form').querySelector('[aria-invalid="true"]');
    (field || problem).scrollIntoView({ block: 'center' });
    if (field) {
      field.focus({ preventScroll: true });
    }
  }
  // Picking a part whose SKU the console knows fills the SKU in.
  document.addEventListener('change', function (event) {
    var picker = event.target;
    if (picker.id !== 'f-partId') {
      return;
    }
    var sku = picker.selectedOptions[0] && picker.selectedOptions[0].dataset.sku;
    var input = document.getElementById('f-sku');
    if (sku && input) {
      input.value = sku;
    }
  });
  document.addEventListener('DOMContentLoaded', showProblem);
  // htmx scrolls a boosted page to its top after htmx:afterSettle: look after that.
  document.addEventListener('htmx:afterSettle', function () { setTimeout(showProblem, 0); });
})();

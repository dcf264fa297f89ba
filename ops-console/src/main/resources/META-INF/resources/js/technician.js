// The technician's job page is long on a phone: when a form comes back refused, bring its first wrong input (or the
// problem) into view and focus it, so the message under it is what the technician sees.
(function () {
  function showProblem() {
    var problem = document.querySelector('.tech .problem');
    if (!problem) {
      return;
    }
    var field = problem.closest('form') && problem.closest('form').querySelector('[aria-invalid="true"]');
    (field || problem).scrollIntoView({ block: 'center' });
    if (field) {
      field.focus({ preventScroll: true });
    }
  }
  document.addEventListener('DOMContentLoaded', showProblem);
  document.addEventListener('htmx:afterSettle', showProblem);
})();

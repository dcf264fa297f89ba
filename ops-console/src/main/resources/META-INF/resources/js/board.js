// The dispatch board's few lines of script: drag a job (or an appointment, to move it) onto a technician's row (the
// conflict is shown before the drop, from the board on the page; the drop fills the job's form, or the move form, and
// sends it, so the service's answer is the form's), and
// the live board (the console's relay of field-service's stream; each event re-fetches the board fragment).
// Loaded with each board page; hx-boost re-runs it on navigation, so it sets itself up once.
(function () {
  if (window.opsBoard) {
    window.opsBoard.connect();
    return;
  }
  var dragged = null;
  var source = null;

  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function hm(ms) { var d = new Date(ms); return pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()); }
  function local(ms) {
    var d = new Date(ms);
    return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + 'T' + hm(ms);
  }
  function say(text) { var s = document.getElementById('drop-status'); if (s) { s.textContent = text; } }
  function trackAt(target) { return target && target.closest ? target.closest('.lane .track') : null; }

  // The slot under the pointer, on the quarter hour, and the first appointment or time off of the lane it overlaps.
  function slotOf(track, clientX) {
    var lanes = track.closest('.lanes');
    var start = +lanes.dataset.start, minutes = +lanes.dataset.minutes;
    var box = track.getBoundingClientRect();
    var ratio = Math.min(Math.max((clientX - box.left) / box.width, 0), 1);
    var at = Math.min(Math.round(ratio * minutes / 15) * 15, minutes - 15);
    var from = start + at * 60000, to = from + dragged.minutes * 60000;
    var hit = null;
    track.querySelectorAll('.block.appointment, .block.time-off').forEach(function (b) {
      var itself = dragged.appointment && b.dataset.appointment === dragged.appointment;
      if (!hit && !itself && +b.dataset.start < to && from < +b.dataset.end) { hit = b; }
    });
    return { from: from, to: to, hit: hit, left: at / minutes * 100, width: Math.min(dragged.minutes, minutes - at) / minutes * 100 };
  }

  function show(track, slot) {
    document.querySelectorAll('.track .slot').forEach(function (g) { if (g.parentNode !== track) { g.remove(); } });
    var ghost = track.querySelector('.slot');
    if (!ghost) { ghost = document.createElement('li'); ghost.className = 'slot'; track.appendChild(ghost); }
    ghost.style.left = slot.left + '%';
    ghost.style.width = slot.width + '%';
    ghost.classList.toggle('conflict', !!slot.hit);
    var when = hm(slot.from) + '–' + hm(slot.to);
    ghost.textContent = slot.hit
      ? 'Conflict: ' + when + ' overlaps ' + slot.hit.dataset.label + ' ' + hm(+slot.hit.dataset.start) + '–' + hm(+slot.hit.dataset.end)
      : when + ' free';
    say(dragged.title + ' → ' + track.dataset.name + ': ' + ghost.textContent);
  }

  // A job from the side list (assign), or an appointment from a row (move: it does not conflict with itself).
  document.addEventListener('dragstart', function (e) {
    var job = e.target.closest ? e.target.closest('.job[data-job]') : null;
    var appointment = e.target.closest ? e.target.closest('.block[data-appointment]') : null;
    if (job) {
      dragged = { id: job.dataset.job, minutes: +job.dataset.minutes, title: job.dataset.title, sent: false };
    } else if (appointment) {
      dragged = { appointment: appointment.dataset.appointment, title: appointment.dataset.label, sent: false,
        minutes: (+appointment.dataset.end - +appointment.dataset.start) / 60000 };
      job = appointment;
    } else {
      return;
    }
    e.dataTransfer.setData('text/plain', dragged.id || dragged.appointment);
    e.dataTransfer.effectAllowed = 'move';
    job.classList.add('dragging');
  });
  document.addEventListener('dragover', function (e) {
    var track = trackAt(e.target);
    if (!track || !dragged) { return; }
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    show(track, slotOf(track, e.clientX));
  });
  document.addEventListener('drop', function (e) {
    var track = trackAt(e.target);
    if (!track || !dragged) { return; }
    e.preventDefault();
    var slot = slotOf(track, e.clientX);
    show(track, slot);
    var form = dragged.appointment ? document.querySelector('#move form')
      : document.querySelector('#job-' + dragged.id + ' form.assign');
    if (dragged.appointment) { form.elements.appointmentId.value = dragged.appointment; }
    form.elements.technicianId.value = track.dataset.technician;
    form.elements.start.value = local(slot.from);
    dragged.sent = true;
    say(dragged.title + ' → ' + track.dataset.name + ' at ' + hm(slot.from) + ': sending…');
    form.requestSubmit();
  });
  document.addEventListener('dragend', function () {
    document.querySelectorAll('.dragging').forEach(function (j) { j.classList.remove('dragging'); });
    var cancelled = dragged && !dragged.sent;
    if (cancelled) {
      document.querySelectorAll('.track .slot').forEach(function (g) { g.remove(); });
      say('');
    }
    dragged = null;
    if (cancelled && pending) { refresh(); }
  });

  // Live: one EventSource while a board is on the page; on each change (and on reconnecting, when some may have been
  // missed) the board fragment is fetched again.
  // Not while the user drags or types in a job's form (the fragment would replace it): once they leave it.
  var pending = false;
  function refresh() {
    var board = document.getElementById('board');
    var typing = document.activeElement && document.activeElement.closest && document.activeElement.closest('#board form');
    if (dragged || typing) { pending = true; return; }
    pending = false;
    if (board && window.htmx) {
      htmx.ajax('GET', board.dataset.live, { target: '#board', swap: 'outerHTML' });
    }
  }
  document.addEventListener('focusout', function () { setTimeout(function () { if (pending) { refresh(); } }, 0); });
  function connect() {
    var board = document.getElementById('board');
    if (!board && source) { source.close(); source = null; }
    if (!board || source) { return; }
    var opened = false;
    source = new EventSource(board.dataset.events);
    source.onopen = function () { if (opened) { refresh(); } opened = true; };
    source.onmessage = refresh;
  }
  document.addEventListener('htmx:afterSettle', function () {
    connect();
    var refusal = document.querySelector('#board .side .problem');
    if (refusal) { refusal.scrollIntoView({ block: 'nearest' }); }
  });
  window.opsBoard = { connect: connect };
  connect();
})();

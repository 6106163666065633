/* The phone page of participation (issue 18): join with a first name, write first-person notes, vote with dots,
   follow the agenda's step and timer. The contract it speaks is resources/PARTICIPATION.md.

   - The join token is the last part of the page's path (/j/TOKEN); the participant's key is kept in localStorage
     per token, so a reload or a locked screen does not ask for the name again.
   - Every note gets a client id and waits in localStorage until the server answers 200/201: a lost connection
     or a closed tab loses nothing, and a resent note is never twice in the map (the server knows its id).
   - /api/state is polled (every 2.5 s, backing off up to 30 s on errors); the timer counts down locally in between.
   - Participant text only ever reaches the page through textContent (never innerHTML): the page is served with
     CSP default-src 'self', and this file is its only script. */
"use strict";

(function () {
  const POLL_MS = 2500;
  const MAX_BACKOFF_MS = 30000;
  const REQUEST_TIMEOUT_MS = 10000;
  const MAX_QUEUE = 200;

  const WORDS = {
    fr: {
      title: "Atelier parcours client",
      stepLabel: "Étape en cours",
      joinTitle: "Bienvenue\u00a0!",
      joinLead: "Écrivez vos notes sur le parcours du client depuis votre téléphone.",
      nameLabel: "Votre prénom",
      joinButton: "Rejoindre l'atelier",
      noteTitle: "Écrire une note",
      stageLabel: "Étape du parcours",
      channelLabel: "Canal",
      dontKnow: "Je ne sais pas (à classer)",
      textLabel: "Votre note, à la première personne",
      textHint: "Comme le client le dirait\u00a0: «\u00a0Je compare les offres\u00a0».",
      textPlaceholder: "Je …",
      firstPerson: "Conseil\u00a0: commencez par «\u00a0Je …\u00a0», comme le client le dirait.",
      evaluationLegend: "Comment le client le vit-il\u00a0? (facultatif)",
      evNone: "Sans avis",
      evDelight: "Enchantement",
      evNeutral: "Neutre",
      evPain: "Irritant",
      evBreaking: "Rupture",
      sendButton: "Envoyer la note",
      voteTitle: "Vote",
      notesTitle: "Notes du mur",
      notesEmpty: "Aucune note visible pour l'instant.",
      footer: "Rien ne sort de la salle\u00a0: vos notes vont seulement sur l'ordinateur de l'animateur.",
      who: "{0}",
      queuedOne: "1 note attend d'être envoyée\u00a0: elle partira dès que la connexion reviendra.",
      queuedMany: "{0} notes attendent d'être envoyées\u00a0: elles partiront dès que la connexion reviendra.",
      sent: "Note envoyée.",
      sentPending: "Note envoyée\u00a0: elle apparaîtra quand l'animateur l'aura validée.",
      offline: "Connexion perdue\u00a0: vos notes sont gardées sur ce téléphone.",
      emptyNote: "Écrivez votre note avant de l'envoyer.",
      emptyName: "Écrivez votre prénom pour rejoindre l'atelier.",
      noToken: "Ce lien est incomplet\u00a0: scannez à nouveau le QR code affiché dans la salle.",
      unknownError: "L'ordinateur de l'animateur a refusé la demande (code {0}).",
      networkJoin: "L'ordinateur de l'animateur ne répond pas\u00a0: vérifiez que vous êtes sur le Wi-Fi de la salle.",
      networkVote: "Le vote n'est pas parti\u00a0: la connexion est perdue.",
      dotsOne: "Il vous reste 1 point sur {1}.",
      dotsMany: "Il vous reste {0} points sur {1}.",
      dotsNone: "Vous avez placé tous vos points.",
      dotsUnlimited: "Votez librement\u00a0: pas de limite de points.",
      voteAdd: "Ajouter un point à «\u00a0{0}\u00a0»",
      voteRemove: "Retirer un point de «\u00a0{0}\u00a0»",
      myDots: "Vos points sur cette note\u00a0: {0}",
      shownDot: "1\u00a0pt",
      shownDots: "{0}\u00a0pts",
      shownDotsLabel: "Points de la salle\u00a0: {0}",
      parking: "À classer",
      paused: "en pause",
      overtime: "temps dépassé",
      faceDown: "Vos notes arrivent face cachée\u00a0: la salle les découvrira ensemble.",
      moderated: "L'animateur valide les notes avant qu'elles n'arrivent sur le mur.",
      meOneNote: "{0}\u00a0· 1\u00a0note",
      meNotes: "{0}\u00a0· {1}\u00a0notes",
      // the server's refusals, by their code (in English, the server's own sentence is shown)
      errors: {
        closed: "La participation est fermée pour le moment.",
        token: "Ce lien n'est plus valable\u00a0: scannez à nouveau le QR code affiché dans la salle.",
        name: "Écrivez un prénom de 40 caractères au plus.",
        full: "L'atelier est complet\u00a0: demandez à l'animateur.",
        key: "Ce téléphone n'est plus dans l'atelier\u00a0: rejoignez-le à nouveau.",
        kicked: "L'animateur a retiré ce téléphone de l'atelier.",
        too_long: "Cette note est trop longue\u00a0: une idée courte par note.",
        no_journey: "Le projet n'a pas encore de parcours où mettre les notes.",
        no_session: "Aucun vote n'est ouvert en ce moment.",
        not_in_scope: "On ne vote pas pour cette note dans ce vote.",
        no_dot: "Vous n'avez pas de point à retirer sur cette note.",
        budget: "Vous avez placé tous vos points.",
        rate: "Doucement\u00a0! Trop d'envois d'un coup\u00a0: réessai dans un instant.",
        busy: "L'ordinateur de l'animateur est occupé\u00a0: nouvel essai dans un instant.",
        json: "La demande est mal formée\u00a0: rechargez la page et réessayez.",
        fields: "La demande n'est pas valable\u00a0: rechargez la page et réessayez.",
        too_large: "Cette note est trop longue\u00a0: une idée courte par note.",
        host: "Ouvrez cette page par le lien ou le QR code affiché dans la salle.",
        origin: "Ouvrez cette page par le lien ou le QR code affiché dans la salle.",
        refused: "L'ordinateur de l'animateur a refusé cette demande.",
      },
    },
    en: {
      title: "Customer journey workshop",
      stepLabel: "Current step",
      joinTitle: "Welcome!",
      joinLead: "Write your notes about the customer's journey from your phone.",
      nameLabel: "Your first name",
      joinButton: "Join the workshop",
      noteTitle: "Write a note",
      stageLabel: "Journey stage",
      channelLabel: "Channel",
      dontKnow: "I don't know (to sort)",
      textLabel: "Your note, in the first person",
      textHint: "As the customer would say it: “I compare the offers”.",
      textPlaceholder: "I …",
      firstPerson: "Tip: start with “I …”, as the customer would say it.",
      evaluationLegend: "How does the customer live it? (optional)",
      evNone: "No opinion",
      evDelight: "Delight",
      evNeutral: "Neutral",
      evPain: "Pain point",
      evBreaking: "Breaking point",
      sendButton: "Send the note",
      voteTitle: "Voting",
      notesTitle: "Notes on the wall",
      notesEmpty: "No note to show yet.",
      footer: "Nothing leaves the room: your notes only go to the facilitator's computer.",
      who: "{0}",
      queuedOne: "1 note is waiting to be sent: it will go as soon as the connection is back.",
      queuedMany: "{0} notes are waiting to be sent: they will go as soon as the connection is back.",
      sent: "Note sent.",
      sentPending: "Note sent: it will appear once the facilitator approves it.",
      offline: "Connection lost: your notes are kept on this phone.",
      emptyNote: "Write your note before sending it.",
      emptyName: "Write your first name to join the workshop.",
      noToken: "This link is incomplete: scan the QR code shown in the room again.",
      unknownError: "The facilitator's computer refused the request (code {0}).",
      networkJoin: "The facilitator's computer does not answer: check that you are on the room's Wi-Fi.",
      networkVote: "The vote was not sent: the connection is lost.",
      dotsOne: "You have 1 dot left out of {1}.",
      dotsMany: "You have {0} dots left out of {1}.",
      dotsNone: "You have placed all your dots.",
      dotsUnlimited: "Vote freely: there is no limit.",
      voteAdd: "Add a dot to “{0}”",
      voteRemove: "Remove a dot from “{0}”",
      myDots: "Your dots on this note: {0}",
      shownDot: "1 dot",
      shownDots: "{0} dots",
      shownDotsLabel: "Dots from the room: {0}",
      parking: "To sort",
      paused: "paused",
      overtime: "overtime",
      faceDown: "Your notes arrive face down: the room will discover them together.",
      moderated: "The facilitator approves notes before they reach the wall.",
      meOneNote: "{0} · 1 note",
      meNotes: "{0} · {1} notes",
      errors: {},
    },
  };

  // ---------------------------------------------------------------- words
  const language = pickLanguage(navigator.languages || [navigator.language || ""]);
  const words = WORDS[language];

  function pickLanguage(preferred) {
    for (const tag of preferred) {
      const base = String(tag).toLowerCase().split("-")[0];
      if (base === "fr" || base === "en") return base;
    }
    return "en";
  }

  function t(key, ...values) {
    return words[key].replace(/\{(\d)\}/g, (_, index) => String(values[Number(index)]));
  }

  function translatePage() {
    document.documentElement.lang = language;
    document.title = words.title;
    for (const element of document.querySelectorAll("[data-i18n]")) {
      element.textContent = words[element.dataset.i18n];
    }
    for (const element of document.querySelectorAll("[data-i18n-placeholder]")) {
      element.placeholder = words[element.dataset.i18nPlaceholder];
    }
  }

  // ---------------------------------------------------------------- storage (localStorage, or memory without it)
  const memory = new Map();
  const storage = {
    get(name) {
      try {
        const raw = window.localStorage.getItem(name);
        return raw === null ? null : JSON.parse(raw);
      } catch (_) {
        return memory.has(name) ? memory.get(name) : null;
      }
    },
    set(name, value) {
      memory.set(name, value);
      try {
        window.localStorage.setItem(name, JSON.stringify(value));
      } catch (_) { /* private mode or full: memory keeps it for this visit */ }
    },
    remove(name) {
      memory.delete(name);
      try {
        window.localStorage.removeItem(name);
      } catch (_) { /* see set */ }
    },
  };

  const token = joinToken(window.location.pathname);
  const KEY_ENTRY = "cjm.participant." + token;
  const QUEUE_ENTRY = "cjm.queue." + token;

  function joinToken(path) {
    const match = /\/j\/([^/?#]+)\/?$/.exec(path);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function readQueue() {
    const queue = storage.get(QUEUE_ENTRY);
    return Array.isArray(queue) ? queue.filter((note) => note && typeof note.id === "string") : [];
  }

  function writeQueue(queue) {
    if (queue.length) storage.set(QUEUE_ENTRY, queue);
    else storage.remove(QUEUE_ENTRY);
  }

  /** A random client id: crypto.randomUUID where the page is a secure context, else a v4 UUID by hand. */
  function clientId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      try {
        return window.crypto.randomUUID();
      } catch (_) { /* not a secure context (http on the room's network): below */ }
    }
    const bytes = new Uint8Array(16);
    if (window.crypto && window.crypto.getRandomValues) window.crypto.getRandomValues(bytes);
    else for (let i = 0; i < 16; i += 1) bytes[i] = Math.floor(Math.random() * 256);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  // ---------------------------------------------------------------- the page's elements
  const $ = (id) => document.getElementById(id);
  const ui = {};

  function show(element, visible) {
    element.hidden = !visible;
  }

  function showError(sentence) {
    ui.error.textContent = sentence || "";
    show(ui.error, Boolean(sentence));
  }

  function showStatus(sentence) {
    ui.status.textContent = sentence || "";
    show(ui.status, Boolean(sentence));
  }

  // ---------------------------------------------------------------- requests
  let session = null; // {key, name}

  /** One request to the server: {status, ok, body, error}; throws only when the network failed. */
  async function api(method, path, body, extraHeaders) {
    const headers = Object.assign({ Accept: "application/json" }, extraHeaders || {});
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (session) headers["X-Participant-Key"] = session.key;
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    try {
      const response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: "no-store",
        credentials: "omit",
        signal: controller.signal,
      });
      let data = null;
      try {
        data = await response.json();
      } catch (_) { /* no JSON body */ }
      const error = refusal(data, response.status);
      return { status: response.status, ok: response.ok, body: data, error, retryAfter: retryAfter(response) };
    } finally {
      clearTimeout(timeout);
    }
  }

  /** The server's one-sentence refusal: in French from its code when the page knows it, else as the server wrote. */
  function refusal(data, status) {
    const code = data && typeof data.code === "string" ? data.code : "";
    if (code && Object.prototype.hasOwnProperty.call(words.errors, code)) return words.errors[code];
    return data && typeof data.error === "string" ? data.error : t("unknownError", status);
  }

  function retryAfter(response) {
    const seconds = Number(response.headers.get("Retry-After"));
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
  }

  function isRefusedKey(status) {
    return status === 401 || status === 403;
  }

  /** The key no longer works (kicked, or participation reopened): back to the join form, notes kept. */
  function forgetKey(sentence) {
    session = null;
    storage.remove(KEY_ENTRY);
    clearTimeout(pollTimer);
    clearTimeout(flushTimer);
    showStatus("");
    showError(sentence);
    showJoin();
  }

  // ---------------------------------------------------------------- join
  function showJoin() {
    show(ui.joinCard, true);
    show(ui.noteCard, false);
    show(ui.voteCard, false);
    show(ui.notesCard, false);
    show(ui.who, false);
    show(ui.step, false);
    show(ui.instructions, false);
  }

  async function join(event) {
    event.preventDefault();
    const name = ui.name.value.trim();
    if (!name) {
      showError(t("emptyName"));
      ui.name.focus();
      return;
    }
    ui.joinButton.disabled = true;
    try {
      const answer = await api("POST", "/api/join", { name }, { "X-Join-Token": token });
      if (!answer.ok || !answer.body || typeof answer.body.key !== "string") {
        showError(answer.error);
        return;
      }
      session = { key: answer.body.key, name: String(answer.body.participant || name) };
      storage.set(KEY_ENTRY, session);
      showError("");
      start();
    } catch (_) {
      showError(t("networkJoin"));
    } finally {
      ui.joinButton.disabled = false;
    }
  }

  function start() {
    lastRevision = -1; // a new start draws everything again
    lastVotingKey = "";
    show(ui.joinCard, false);
    show(ui.noteCard, true);
    ui.who.textContent = t("who", session.name);
    show(ui.who, true);
    renderQueue();
    poll();
    flush();
  }

  // ---------------------------------------------------------------- state: poll, back off, catch up
  let pollTimer = 0;
  let polling = false;
  let pollAgain = false;
  let failures = 0;
  let lastRevision = -1;
  let lastVotingKey = "";
  let pollError = false;

  function schedulePoll(delay) {
    clearTimeout(pollTimer);
    pollTimer = setTimeout(poll, delay);
  }

  /** The wait before trying again after ``count`` failures in a row: 2.5 s, 5 s, 10 s, 20 s, then 30 s. */
  function backoff(count) {
    return Math.min(MAX_BACKOFF_MS, POLL_MS * 2 ** Math.min(Math.max(count - 1, 0), 4));
  }

  async function poll() {
    if (!session) return;
    if (polling) {
      pollAgain = true;
      return;
    }
    polling = true;
    clearTimeout(pollTimer);
    let delay = POLL_MS;
    try {
      const answer = await api("GET", "/api/state");
      if (isRefusedKey(answer.status)) {
        forgetKey(answer.error);
        return;
      }
      if (answer.ok && answer.body) {
        if (failures) {
          failures = 0;
          showStatus("");
          flush(); // back online: what waited goes now
        }
        showStaleError();
        render(answer.body);
      } else {
        failures += 1;
        pollError = true;
        showError(answer.error);
        delay = Math.max(backoff(failures), answer.retryAfter);
      }
    } catch (_) {
      failures += 1;
      showStatus(t("offline"));
      delay = backoff(failures);
    } finally {
      polling = false;
    }
    if (!session) return;
    if (pollAgain) {
      pollAgain = false;
      delay = 0;
    }
    schedulePoll(delay);
  }

  // An error from a refused poll (409: participation closed) goes away once a poll succeeds again.
  function showStaleError() {
    if (pollError) {
      pollError = false;
      showError("");
    }
  }

  function render(state) {
    const revision = Number(state.revision);
    renderStep(state.step || null);
    renderMe(state);
    renderLists(Array.isArray(state.stages) ? state.stages : [], Array.isArray(state.channels) ? state.channels : []);
    const voting = state.voting || null;
    const votingKey = JSON.stringify(voting);
    // polls never overlap, so the latest answer is the newest: an unchanged revision and session leave the list
    if (revision === lastRevision && votingKey === lastVotingKey) return;
    lastRevision = revision;
    lastVotingKey = votingKey;
    renderVoting(voting);
    renderNotes(Array.isArray(state.notes) ? state.notes : [], voting);
  }

  function renderMe(state) {
    const me = state.me || null;
    if (me && typeof me.name === "string" && me.name) {
      if (session) session.name = me.name;
      const notes = Number(me.notes);
      ui.who.textContent = !Number.isFinite(notes) || notes <= 0 ? t("who", me.name)
        : notes === 1 ? t("meOneNote", me.name) : t("meNotes", me.name, notes);
    }
    const hints = [];
    if (state.face_down) hints.push(t("faceDown"));
    if (state.moderated) hints.push(t("moderated"));
    ui.roomHint.textContent = hints.join(" ");
    show(ui.roomHint, hints.length > 0);
  }

  // ---------------------------------------------------------------- the step and its timer
  let timer = null; // {remaining, running, at}

  function renderStep(step) {
    if (!step || !step.name) {
      timer = null;
      show(ui.step, false);
      show(ui.instructions, false);
      return;
    }
    ui.stepName.textContent = String(step.name);
    const instructions = step.instructions ? String(step.instructions) : "";
    ui.instructions.textContent = instructions;
    show(ui.instructions, Boolean(instructions));
    const remaining = Number(step.remaining);
    timer = step.remaining === null || step.remaining === undefined || !Number.isFinite(remaining)
      ? null : { remaining, running: Boolean(step.running), at: performance.now() };
    show(ui.step, true);
    tick();
  }

  function tick() {
    if (!timer) {
      show(ui.timer, false);
      return;
    }
    const elapsed = timer.running ? (performance.now() - timer.at) / 1000 : 0;
    const left = Math.round(timer.remaining - elapsed);
    const over = left < 0;
    const seconds = Math.abs(left);
    const clock = `${over ? "+" : ""}${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
    ui.timer.textContent = clock;
    ui.timer.classList.toggle("over", over);
    ui.timer.classList.toggle("paused", !timer.running);
    const state = over ? t("overtime") : !timer.running ? t("paused") : "";
    ui.timer.setAttribute("aria-label", state ? `${clock} (${state})` : clock);
    ui.timer.title = state;
    show(ui.timer, true);
  }

  // ---------------------------------------------------------------- stage and channel lists
  let listsKey = "";

  function renderLists(stages, channels) {
    const key = JSON.stringify([stages.map((item) => item && item.name), channels.map((item) => item && item.name)]);
    if (key === listsKey) return;
    listsKey = key;
    fillSelect(ui.stage, stages);
    fillSelect(ui.channel, channels);
  }

  function fillSelect(select, items) {
    const chosen = select.value;
    select.replaceChildren();
    const unknown = document.createElement("option");
    unknown.value = "";
    unknown.textContent = t("dontKnow");
    select.append(unknown);
    for (const item of items) {
      if (!item || typeof item.name !== "string") continue;
      const option = document.createElement("option");
      option.value = item.name;
      option.textContent = item.name;
      select.append(option);
    }
    select.value = Array.from(select.options).some((option) => option.value === chosen) ? chosen : "";
  }

  // ---------------------------------------------------------------- writing notes
  const FIRST_PERSON = /^[\s"'«“‘(*•·–—-]*(?:j['’ʼ]|(?:je|i)(?![\p{L}\p{N}]))/iu;

  function checkFirstPerson() {
    const text = ui.text.value.trim();
    show(ui.firstPerson, text.length >= 3 && !FIRST_PERSON.test(text));
  }

  function chosenEvaluation() {
    const checked = ui.noteForm.querySelector("input[name=evaluation]:checked");
    return checked && checked.value ? checked.value : null;
  }

  function sendNote(event) {
    event.preventDefault();
    const text = ui.text.value.trim();
    if (!text) {
      showError(t("emptyNote"));
      ui.text.focus();
      return;
    }
    const queue = readQueue();
    if (queue.length >= MAX_QUEUE) queue.shift();
    queue.push({
      id: clientId(),
      text,
      stage: ui.stage.value || null,
      channel: ui.channel.value || null,
      evaluation: chosenEvaluation(),
    });
    writeQueue(queue);
    showError("");
    ui.text.value = "";
    ui.noteForm.querySelector("#ev-none").checked = true;
    checkFirstPerson();
    renderQueue();
    flush();
  }

  let flushing = false;
  let flushAgain = false;
  let flushTimer = 0;
  let flushFailures = 0;

  /** Sends the waiting notes in order; each leaves the queue only on a 2xx answer (or a final refusal). */
  async function flush() {
    if (!session) return;
    if (flushing) {
      flushAgain = true;
      return;
    }
    flushing = true;
    clearTimeout(flushTimer);
    let retry = 0;
    try {
      for (;;) {
        const note = readQueue()[0];
        if (!note || !session) break;
        let answer;
        try {
          answer = await api("POST", "/api/notes", note);
        } catch (_) {
          flushFailures += 1;
          showStatus(t("offline"));
          retry = backoff(flushFailures);
          break;
        }
        if (answer.ok) {
          flushFailures = 0;
          dropFromQueue(note.id);
          showSent(answer);
          continue;
        }
        if (isRefusedKey(answer.status)) {
          forgetKey(answer.error);
          break;
        }
        if (answer.status === 400 || answer.status === 413) {
          // refused for good (the server says why): the words go back into the text box, not into a loop
          dropFromQueue(note.id);
          if (!ui.text.value.trim()) ui.text.value = note.text;
          showError(answer.error);
          continue;
        }
        // 409 (closed), 429 (too fast), 5xx: kept, tried again later
        flushFailures += 1;
        showError(answer.error);
        retry = Math.max(backoff(flushFailures), answer.retryAfter);
        break;
      }
    } finally {
      flushing = false;
      renderQueue();
    }
    if (flushAgain) {
      flushAgain = false;
      flush();
    } else if (retry && session) {
      flushTimer = setTimeout(flush, retry);
    }
  }

  function dropFromQueue(id) {
    writeQueue(readQueue().filter((note) => note.id !== id));
  }

  let sentTimer = 0;
  function showSent(answer) {
    const pending = answer.status === 202 || Boolean(answer.body && answer.body.status === "pending");
    ui.sent.textContent = pending ? t("sentPending") : t("sent");
    show(ui.sent, true);
    clearTimeout(sentTimer);
    sentTimer = setTimeout(() => show(ui.sent, false), pending ? 6000 : 3000);
    if (!pending) poll();
  }

  function renderQueue() {
    const count = readQueue().length;
    ui.queue.textContent = count === 1 ? t("queuedOne") : t("queuedMany", count);
    show(ui.queue, count > 0 && !flushing);
    ui.queue.dataset.count = String(count);
  }

  // ---------------------------------------------------------------- voting
  let voting = null; // the active session as the server last described it, adjusted by our own votes

  function budgetOf(active) {
    const budget = Number(active.budget);
    return Number.isFinite(budget) && budget > 0 ? budget : 0;
  }

  function remainingOf(active) {
    const remaining = Number(active.remaining);
    return active.remaining === null || active.remaining === undefined || !Number.isFinite(remaining)
      ? null : remaining;
  }

  function renderVoting(active) {
    voting = active ? { ...active, my_votes: { ...(active.my_votes || {}) } } : null;
    show(ui.voteCard, Boolean(voting));
    if (!voting) return;
    ui.voteName.textContent = voting.name ? String(voting.name) : "";
    const budget = budgetOf(voting);
    const remaining = remainingOf(voting);
    if (!budget || remaining === null) {
      ui.dotsText.textContent = t("dotsUnlimited");
      ui.dots.textContent = "";
      return;
    }
    ui.dotsText.textContent = remaining <= 0 ? t("dotsNone")
      : remaining === 1 ? t("dotsOne", remaining, budget) : t("dotsMany", remaining, budget);
    ui.dots.textContent = "●".repeat(Math.max(0, remaining)) + "○".repeat(Math.max(0, budget - remaining));
  }

  function canAdd() {
    if (!voting) return false;
    const remaining = remainingOf(voting);
    return !budgetOf(voting) || remaining === null || remaining > 0;
  }

  async function vote(noteId, delta, item) {
    for (const button of item.querySelectorAll("button")) button.disabled = true;
    try {
      const answer = await api("POST", "/api/votes", { note: noteId, delta });
      if (isRefusedKey(answer.status)) {
        forgetKey(answer.error);
        return;
      }
      if (!answer.ok) {
        showError(answer.error);
      } else if (voting) {
        // the answer says where this phone stands: its dots on the note and what it has left
        showError("");
        const body = answer.body || {};
        const mine = Number.isFinite(Number(body.votes)) ? Number(body.votes)
          : Number(voting.my_votes[noteId] || 0) + delta;
        voting.my_votes[noteId] = Math.max(0, mine);
        if ("remaining" in body) voting.remaining = body.remaining;
        else if (remainingOf(voting) !== null) voting.remaining = remainingOf(voting) - delta;
        renderVoting(voting);
      }
    } catch (_) {
      showError(t("networkVote"));
    } finally {
      updateVoteControls();
      poll();
    }
  }

  // ---------------------------------------------------------------- revealed notes
  const noteItems = new Map(); // note id → <li>, kept across polls so focus and taps survive a refresh

  function evaluationClass(evaluation) {
    return ["enchantement", "neutre", "irritant", "rupture"].includes(evaluation) ? `ev-${evaluation}` : "ev-none";
  }

  function renderNotes(notes, active) {
    const seen = new Set();
    let index = 0;
    for (const note of notes) {
      if (!note || note.id === undefined || note.id === null) continue;
      const id = String(note.id);
      seen.add(id);
      let item = noteItems.get(id);
      if (!item) {
        item = buildNoteItem(note);
        noteItems.set(id, item);
      }
      fillNoteItem(item, note, active);
      const current = ui.notes.children[index];
      if (current !== item) ui.notes.insertBefore(item, current || null);
      index += 1;
    }
    for (const [id, item] of noteItems) {
      if (!seen.has(id)) {
        item.remove();
        noteItems.delete(id);
      }
    }
    show(ui.notesEmpty, seen.size === 0);
    show(ui.notesCard, seen.size > 0 || Boolean(active));
    updateVoteControls();
  }

  function buildNoteItem(note) {
    const item = document.createElement("li");
    item.className = "note";
    item.dataset.note = String(note.id);
    const body = document.createElement("div");
    body.className = "note-body";
    const text = document.createElement("p");
    text.className = "note-text";
    const where = document.createElement("p");
    where.className = "note-where";
    const shown = document.createElement("span");
    shown.className = "note-votes";
    body.append(text, where);
    const controls = document.createElement("div");
    controls.className = "vote";
    const minus = document.createElement("button");
    minus.type = "button";
    minus.className = "vote-minus";
    minus.textContent = "−";
    const mine = document.createElement("span");
    mine.className = "vote-mine";
    const plus = document.createElement("button");
    plus.type = "button";
    plus.className = "vote-plus";
    plus.textContent = "+";
    controls.append(minus, mine, plus);
    minus.addEventListener("click", () => vote(note.id, -1, item));
    plus.addEventListener("click", () => vote(note.id, 1, item));
    item.append(body, shown, controls);
    return item;
  }

  function fillNoteItem(item, note, active) {
    const text = String(note.text || "");
    item.className = `note ${evaluationClass(note.evaluation)}`;
    item.querySelector(".note-text").textContent = text;
    const where = [note.stage, note.channel].filter((name) => typeof name === "string" && name).join(" · ");
    item.querySelector(".note-where").textContent = where || t("parking");
    const shown = item.querySelector(".note-votes");
    const count = Number(note.votes);
    const hasCount = note.votes !== null && note.votes !== undefined && Number.isFinite(count) && count > 0;
    shown.textContent = !hasCount ? "" : count === 1 ? t("shownDot") : t("shownDots", count);
    shown.setAttribute("aria-label", hasCount ? t("shownDotsLabel", count) : "");
    show(shown, hasCount);
    const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    item.querySelector(".vote-minus").setAttribute("aria-label", t("voteRemove", short));
    item.querySelector(".vote-plus").setAttribute("aria-label", t("voteAdd", short));
    show(item.querySelector(".vote"), Boolean(active));
  }

  function updateVoteControls() {
    for (const [id, item] of noteItems) {
      const mine = voting ? Number(voting.my_votes[id] || 0) : 0;
      const label = item.querySelector(".vote-mine");
      label.textContent = String(mine);
      label.setAttribute("aria-label", t("myDots", mine));
      item.querySelector(".vote-minus").disabled = !voting || mine <= 0;
      item.querySelector(".vote-plus").disabled = !canAdd();
      item.classList.toggle("voted", mine > 0);
    }
  }

  // ---------------------------------------------------------------- start
  function init() {
    Object.assign(ui, {
      status: $("status"),
      error: $("error"),
      who: $("who"),
      step: $("step"),
      stepName: $("step-name"),
      timer: $("timer"),
      instructions: $("step-instructions"),
      joinCard: $("join-card"),
      joinForm: $("join-form"),
      joinButton: $("join-button"),
      name: $("name"),
      noteCard: $("note-card"),
      noteForm: $("note-form"),
      stage: $("stage"),
      channel: $("channel"),
      text: $("text"),
      firstPerson: $("first-person"),
      queue: $("queue"),
      sent: $("sent"),
      roomHint: $("room-hint"),
      voteCard: $("vote-card"),
      voteName: $("vote-name"),
      dotsText: $("dots-text"),
      dots: $("dots"),
      notesCard: $("notes-card"),
      notesEmpty: $("notes-empty"),
      notes: $("notes"),
    });
    translatePage();
    fillSelect(ui.stage, []);
    fillSelect(ui.channel, []);
    ui.joinForm.addEventListener("submit", join);
    ui.noteForm.addEventListener("submit", sendNote);
    ui.text.addEventListener("input", checkFirstPerson);
    setInterval(tick, 500);
    // back from a locked screen, another app or a lost network: catch up now rather than at the next turn
    const wake = () => {
      if (!session || document.visibilityState === "hidden") return;
      failures = Math.min(failures, 1);
      flushFailures = Math.min(flushFailures, 1);
      poll();
      flush();
    };
    document.addEventListener("visibilitychange", wake);
    window.addEventListener("online", wake);
    window.addEventListener("pageshow", wake);
    window.addEventListener("focus", wake);

    if (!token) {
      showError(t("noToken"));
      return;
    }
    const saved = storage.get(KEY_ENTRY);
    if (saved && typeof saved.key === "string") {
      session = { key: saved.key, name: String(saved.name || "") };
      start();
    } else {
      showJoin();
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();

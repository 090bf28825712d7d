# Alerta's own text, in English: the default language and the last fallback
# of every other language.
#
# Translators: copy this file to assets/i18n/<tag>/alerta.ftl (the tag is a
# BCP-47 language tag such as es, pt-BR or quc), change the text after each
# "=", and keep every { $variable } as it is. A message you leave out is shown
# from the language named in -fallback, and then in English.
# Run `alerta check` to see which messages are missing.

## The language's name in itself, for the language pickers.
-language-name = English

## App
app-name = Alerta
tagline = Learn to recognise how traffickers recruit, and where to get help.
language = Language

## Quick exit and top bar
exit = Exit
exit-tip = Hide this screen and close Alerta at once. Keys: Esc twice, or Shift three times.
help = Help
help-tip = Where to get help (F1)
settings = Settings
settings-tip = Text size, contrast, language and your profile
home = Home
home-tip = Back to the list of modules
back = Back
back-tip = Go back (Esc)
next = Next
next-tip = Next page (Right arrow or Page Down)
previous = Previous
previous-tip = Previous page (Left arrow or Page Up)
sign-out = Sign out
guest-badge = Guest: nothing is saved
signed-in-as = Signed in as { $name }

## Start screen
who-is-learning = Who is learning today?
no-profiles-yet = No profiles yet. Create one to keep your progress on this computer.
open-profile-tip = Open this profile
has-pin = has a PIN
needs-repair = needs repair
new-profile = New profile
your-name = Your name or a nickname
create = Create
cancel = Cancel
continue-as-guest = Continue as a guest
guest-tip = Learn without a profile. Nothing is saved when you close Alerta.
enter-pin = PIN for { $name }
open = Open
wrong-pin = That PIN is not right. Try again, or ask your facilitator to reset it.
profile-locked = { $name } is open in another window of Alerta.
open-read-only = Look without saving
choose-another = Choose another profile
facilitator-mode = Facilitator mode
facilitator-tip = For workshops and classes: presenter view, class report, lesson packs.
data-not-writable = Progress cannot be saved on this computer ({ $error }). You can keep learning as a guest; nothing will be saved.
privacy-note = Your progress stays on this computer. Alerta never uses the internet.

## Messages about data
recovered-from = Your progress file was damaged; the copy from { $date } was restored.
recovered-nothing = Your progress file was damaged and no good copy was found, so this profile starts again. The damaged file was kept as { $path }.
recovered-missing = Your progress file was missing; the copy from { $date } was restored.
save-failed = Your progress could not be saved: { $error }. It is kept while Alerta stays open, and Alerta will try again.
read-only-notice = You are looking without saving: this profile is open elsewhere.
dismiss = OK
dismiss-tip = Close this message

## Home
modules = Modules
continue-where-left = Continue where you left off
continue-tip = Open { $module }
start-course = Start the first module
minutes =
    { $minutes ->
        [one] about { $minutes } minute
       *[other] about { $minutes } minutes
    }
not-started = Not started
in-progress = In progress
passed-with = Passed: { $score }%
open-module = Open
open-module-tip = Open the module { $module }
review-due =
    { $count ->
        [one] { $count } question to review
       *[other] { $count } questions to review
    }
review-one = 1 question to review
start-review = Review now
my-mistakes = My mistakes
my-mistakes-tip = What you got wrong, and why
failed-modules = Some lessons could not be loaded
failed-module-line = { $file } could not be loaded:
failed-module-help = Ask the person who looks after the lessons to run the checker (alerta check).
progress-overall =
    { $total ->
        [one] { $passed } of { $total } module passed
       *[other] { $passed } of { $total } modules passed
    }

## Module
before-you-start = Before you start
continue-module = Continue
skip-to-quiz = Skip to the quiz
where-to-get-help = See where to get help
page-of = Page { $page } of { $total }
lesson-of = Lesson { $number } of { $total }: { $title }
go-to-quiz = Go to the quiz
key-points = Key points
red-flags = Warning signs
show-warning-signs = Show the warning signs
hide-warning-signs = Hide the warning signs
show-warning-signs-tip = Highlight the parts that are warning signs, and why
example = An invented example
you = You
image = Picture: { $description }
discussion = Discuss
facilitator-note = Facilitator note
module-progress = Module progress

## Scenario
story = A story
what-should-do = What happens next?
choice-tip = Key { $key }
outcome-safe = Safe
outcome-risky = Still at risk
outcome-harmful = Harmed
debrief = What to take from this
play-again = Try the story again
not-your-fault = If something like this has happened to you, it is not your fault. You can ask for help at any time.
story-step = Step { $step }

## Quiz
quiz = Quiz
question-of = Question { $number } of { $total }
pick-one = Choose one answer.
pick-all = Select all that apply.
put-in-order = Put these in order, first at the top.
spot-parts = Select every part that is a warning sign.
true = True
false = False
move-up = Move up: { $item }
move-down = Move down: { $item }
submit = Check my answer
submit-tip = Check the answer (Enter)
correct = Correct!
correct-second-try = Correct, on the second try.
not-quite = Not quite. Try again.
show-hint = Show a hint
hint = Hint
model-answer = The answer
model-answer-intro = Here is the right answer, and why.
next-question = Next question
see-results = See my results
right-choice = right
wrong-choice = not right
missed-choice = also right: missed
you-picked = your choice
flags-found = Warning signs found: { $count }
flags-missed = Warning signs missed: { $count }
false-alarms = Not warning signs: { $count }
selected = selected
not-selected = not selected
part-n = Part { $number }
in-right-place = in the right place
in-wrong-place = not in the right place yet

## Results
results = Your results
score-is = Your score: { $score }%
pass-mark-is = Needed to pass: { $mark }%
passed-msg = You passed this module. Well done.
not-passed-msg = Not passed yet. Read the explanations below, then try again when you are ready.
what-was-missed = What to look at again
nothing-missed = You got every question right at the first try.
retry = Try the quiz again
back-to-home = Back to the modules
scoring = A question right at the first try counts fully; at the second try, half.

## Review
review-title = Review
review-intro = Questions you missed come back on later days until you get them right on separate days.
review-done = Review finished. Right: { $right } of { $total }.
nothing-to-review = Nothing to review right now.
mistakes-intro = Questions you answered wrong, with the right answer and why.
no-mistakes = No mistakes recorded yet.
your-answer = Your answer: { $answer }
right-answer = Right answer: { $answer }
since-right = You have since answered it right.
nothing-selected = (nothing selected)
from-module = From: { $module }

## Help
help-title = Where to get help
help-intro = If you or someone you know is in danger now, call your country's emergency number, listed below. Do not confront a person you suspect. Each line's notes say when it answers and whether a call costs anything.
source-checked = Source checked on { $date }: someone read where this number is published.
called-on = Called and answered on { $date }.
not-called = Nobody from this course has called it yet.
who-should-call = Who should call: { $who }
run-by-police = This line is run by the police.
run-by-immigration = This line is run by immigration enforcement. What you say may be used to enforce immigration law.
not-found-emergency = Emergency number: not found with a reliable source.
not-found-child-protection = Child-protection line: not found with a reliable source.
searched-on = Searched on { $date }.
facilitator-only-line = Facilitators only: not shown to learners.
operator = Run by: { $operator }
no-verified-lines = No help lines have been checked for this course yet.
quick-exit-honest = The Exit button hides this screen from someone looking over your shoulder. It cannot hide what you did from monitoring software on this computer.
numbers-change = Numbers change. If a line does not work, tell your facilitator.
kind-phone = Phone
kind-text = Text message
kind-chat = Chat
kind-web = Web page
kind-emergency = Emergency

## Settings
settings-title = Settings
text-size = Text size
text-size-tip = Also Ctrl + and Ctrl −; Ctrl 0 resets
smaller = Smaller text
larger = Larger text
reset-size = Normal size
high-contrast = High contrast
high-contrast-tip = White text on black, with strong outlines
your-profile = Your profile
rename = Rename
new-name = New name
save = Save
pin = PIN
pin-explain = A PIN keeps classmates out of your profile. It is privacy among friends, not security: someone who can open the files on this computer can still read them.
set-pin = Set a PIN
remove-pin = Remove the PIN
new-pin = New PIN (4 to 8 digits)
pin-invalid = A PIN has 4 to 8 digits.
export-progress = Export my progress
export-tip = Save your progress as one file, to take to your facilitator on a USB stick.
exported = Saved as { $path }
delete-profile = Delete this profile
delete-confirm = This removes all of { $name }'s progress from this computer, for good. Type the name to confirm.
delete-for-good = Delete for good
done = Done
name-taken = There is already a profile with that name.
name-invalid = A name needs 1 to 40 characters.
error-prefix = Something went wrong: { $error }

## Facilitator
facilitator-title = Facilitator mode
facilitator-pin-prompt = Facilitator PIN
facilitator-set-pin = Protect facilitator mode with a PIN
presenter = Present a module
presenter-tip = Project a module to a room, with your notes on this screen
classroom = Class report
classroom-tip = Progress of the learners on this computer and imported files
lesson-packs = Lesson packs
lesson-packs-tip = Install or switch courses
profiles = Profiles on this computer
reset-pin = Reset PIN
pin-was-reset = The PIN of { $name } was removed.
leave-facilitator = Leave facilitator mode
back-to-hub = Back to facilitator mode
choose-module = Choose a module to present
present = Present
audience-window = Audience window
second-window = Show the audience view in a second window (for the projector)
toggle-notes = Show my notes (N)
notes-hidden = Notes hidden from the room. Press N to show them.
current-step = Now showing
next-step = Coming next
no-next-step = This is the last step.
timer = Time: { $time }
reset-timer = Restart the timer
reveal-answer = Reveal the answer (R)
answer-hidden = The answer is hidden until you reveal it.
hands-for = Hands up for: { $choice }
add-hand = One more hand for: { $choice }
remove-hand = One less hand for: { $choice }
votes =
    { $count ->
        [one] { $count } hand
       *[other] { $count } hands
    }
room-voted = The room chose: { $choice }
follow-majority = Follow the majority
no-votes-yet = Count the hands for each choice first.
end-session = End the session
session-summary = Session summary
covered =
    { $total ->
        [one] Covered: { $done } of { $total } step
       *[other] Covered: { $done } of { $total } steps
    }
export-csv = Export as CSV
export-csv-anon = Export as CSV without names
saved-to = Saved to { $path }
import-progress = Import progress files
import-tip = Add learners' exported files from other computers (from a USB stick)
learner = Learner
modules-passed = Modules passed
time-spent = Time spent
most-missed = Most missed
question = Question
share-right = Answered right
answers = Answers
from-file = imported
this-computer = this computer
no-learners = No learners yet.
import-added = Added { $name }.
import-duplicate = { $name } was already here; the newer file is used.
import-same-name = Two different learners are called { $name }; both are kept.
import-rejected = { $file } was not imported: { $error }
import-nothing = No file was chosen.
certificate = Certificate (PDF)
certificate-tip = Save a certificate of completion for this learner
installed-courses = Installed courses
bundled-course = Bundled course
in-use = in use
use-course = Use this course
import-folder = Import a course folder
import-zip = Import a course .zip
pack-invalid = This pack was not installed. Fix these problems first:
pack-installed = Installed { $course }.
restart-to-apply = Switched course: { $course }.
per-question = Per question
per-learner = Per learner

## Second edition: read aloud, sources, the check before a module, the class table, reloads.
read-aloud = Read aloud
read-aloud-tip = Reads this part aloud (key L). Press again to stop.
stop-reading = Stop reading
stop-reading-tip = Stops reading aloud (key L)
read-slowly = Read more slowly
read-slowly-tip = Read aloud at a slower speed
no-voice = No voice for reading aloud was found on this computer.
no-voice-for-language = This computer has no voice for this language.
checking-voice = Looking for a voice on this computer…
sources = Sources
sources-tip = Where the facts on this page come from
pre-check-title = See what you already know
pre-check-intro = A few questions before the lessons. It is optional and it is not a test: nobody passes or fails. It helps show what you learn.
pre-check-start = Answer a few questions first
pre-check-done = Thank you
pre-check-score = You knew { $right } of { $total } already.
pre-check-not-a-test = This was not a test. The lessons explain every question; at the end, the quiz shows what you learned.
start-lessons = Start the lessons
filter-by-name = Find by name
sort-by = Sort by:
sort-name = Name
sort-passed = Modules passed
sort-gain = Learning gain
sort-time = Time
learning-gain = Gain (points)
screen-closed = The course changed, so the screen that was open was closed. Nothing you saved was lost.
export-xapi = Export for a learning record store (xAPI)
export-xapi-tip = xAPI 1.0.3 statements in a JSON file, without names, for the NGO's learning record store
item-analysis-intro = From each learner's first finished attempt. Discrimination: share right among the top 27% minus the bottom 27%; below zero, the question confuses those who know the module. Flags appear from 5 answers.
item-line = Right at the first try: { $right } of { $total } answers · discrimination { $discrimination }
flag-too-easy = Too easy: over 90% right at the first try
flag-confusing = Confusing: those who did worse overall got it right more often
flag-unused =
    { $count ->
        [one] { $count } wrong option nobody picked
       *[other] { $count } wrong options nobody picked
    }
class-gain = Class average gain from the check before to the quiz: { $points } points
course-reloaded = The lesson files changed and were loaded again.
course-reload-failed = The lesson files changed but have errors; what was on screen stays until they are fixed:


## Printed material, from facilitator mode
printing = Print for a room without a projector
printing-tip = A PDF to print: a handout for learners, a quiz sheet with its answer key, or your guide with every story path and a debrief script. It is in the language shown.
paper = Paper:
paper-a4 = A4
paper-letter = Letter
print-country = Help lines for:
whole-region = The whole region only
print-button-handout = Handout
print-button-quiz = Quiz sheet
print-button-answers = Answer key
print-button-guide = Facilitator's guide
print-save-title = Save the PDF
## True and false, as the presenter shows them
answer-true = True
answer-false = False

## Certificate of completion (PDF)
cert-title = Certificate of completion
cert-certifies = This certifies that
cert-completed = has completed the course
cert-completed-some = has passed these modules of the course
cert-modules-heading = Modules passed
cert-date-label = Date

## Class report CSV: column headers and fixed cell texts.
## Headers stay short, lowercase and without accents, so that every
## spreadsheet opens them the same way.
csv-learner = learner
csv-source = source
csv-modules-passed = modules_passed
csv-minutes-total = minutes_total
csv-module-best-score = { $module }_best_score
csv-module-attempts = { $module }_attempts
csv-module-minutes = { $module }_minutes
csv-module-before = { $module }_before
csv-module-after = { $module }_after
csv-module-gain = { $module }_gain
csv-average-gain = average_gain
csv-most-missed = most_missed
csv-module = module
csv-question = question
csv-prompt = prompt
csv-answered = answered
csv-right-first-try = right_first_try
csv-share-right = share_right
csv-discrimination = discrimination
csv-picks = picks
csv-flags = flags
csv-this-computer = this computer
csv-anonymous-learner = Learner { $number }

## Checker messages (alerta check). The words in code style (course.ron,
## flag_kinds, show: Learners, Single, …) are what authors type in the
## lesson files: keep them as they are.
diag-id-kind-module = module
diag-id-kind-lesson = lesson
diag-id-kind-question = question
diag-id-kind-scenario = scenario
diag-id-kind-scene = scene
diag-id-kind-artefact = artefact
diag-id-kind-part = part
diag-id-kind-source = source
diag-id-kind-flag-kind = flag kind
# A checker message about one field of a lesson file.
diag-in-field = { $message } (at { $field })
diag-io = could not read the file: { $error }
diag-too-large = the file is { $size } and the limit is { $limit }; it was not read. Split it into smaller modules
diag-not-utf8 = the file is not UTF-8 text; save it as UTF-8 in your editor
diag-syntax = { $message }
diag-is-directory = expected a file, found a directory
diag-no-modules = no modules (.ron files) in this directory
diag-missing-manifest = course.ron is missing; it declares the course id, title and languages
diag-duplicate-id = duplicate { $what } id "{ $id }"; first used at { $first }
diag-bad-id = the id "{ $id }" may only use lowercase letters a-z, digits and hyphens (-)
diag-bad-course-id = the course id cannot be used as a folder name: lowercase letters, digits and hyphens only, up to 64, not starting with a hyphen ({ $error })
diag-empty-id = the id is empty
diag-missing-translation = missing text in language "{ $lang }"
diag-undeclared-language = language "{ $lang }" is not declared in course.ron (languages); it will be ignored
diag-no-languages = course.ron declares no languages
diag-bad-language-code = "{ $code }" is not a language code (such as en, es)
diag-unknown-scene = the choice leads to scene "{ $id }", which does not exist
diag-unreachable-scene = no choice leads to scene "{ $id }"; no learner will ever see it
diag-no-ending = the scenario has no ending
diag-no-way-out = from scene "{ $scene }" no ending can be reached; it is a loop with no way out
diag-dead-end = scene "{ $scene }" has neither choices nor an ending
diag-ending-with-choices = scene "{ $scene }" has an ending and also choices; an ending has no choices
diag-single-needs-one-correct = a Single question needs exactly one correct choice; found { $found }
diag-multi-needs-correct = a Multi question needs at least one correct choice
diag-too-few-choices = needs at least { $min } choices or items; found { $found }
diag-spot-needs-flags = a SpotFlags question needs at least one flagged part
diag-unknown-part = the artefact has no part with id "{ $id }"
diag-pass-mark = the pass mark must be between 0 and 100; it is { $value }
diag-empty-list = { $what } is empty
diag-minutes = estimated minutes must be between 1 and 600; it is { $value }
diag-asset-absolute = the path "{ $path }" is absolute; use a path inside the course folder
diag-asset-escapes = the path "{ $path }" points outside the course folder
diag-asset-missing = the file "{ $path }" does not exist
diag-asset-not-file = "{ $path }" is not a file
diag-asset-too-large = "{ $path }" is { $size }; the limit is { $limit }
diag-markup = { $message }
diag-bad-date = "{ $value }" is not a valid YYYY-MM-DD date
diag-bad-year = "{ $value }" is not a year; write 2016, "c. 2015" or "n.d." (no date)
diag-no-sources = the module lists no sources; every figure needs one
diag-missing-alt = an image needs image_alt: a description for people who cannot see it
diag-alt-without-image = image_alt is given but no image; add the image or remove the description
diag-missing-help = help.ron is missing; the help screen will show no numbers
diag-flag-and-decoy = part "{ $part }" is both in flags and in decoys
diag-unknown-flag-kind = "{ $name }" is not a flag kind defined in course.ron (flag_kinds)
diag-unknown-flag-kind-none-defined = "{ $name }" is not a flag kind: course.ron defines none (flag_kinds); add it there or remove the kind
diag-unknown-flag-kind-did-you-mean = "{ $name }" is not a flag kind in course.ron; did you mean { $suggestion }?
diag-unknown-source = the module's sources have no source with id "{ $id }"
diag-unknown-question = the quiz has no question with id "{ $id }"
diag-two-pinned = only one choice may have pin: { $pin }; remove it from one
diag-weak-source-for-learners = a line with show: Learners needs a High or MediumHigh source; this one is { $confidence }. Use show: Facilitators or find a better source
diag-enforcement-without-advice = a police or immigration line needs who_should_call: who should call it, and who should not
diag-no-emergency-entry = { $country } has no emergency number (kind: Emergency) and no NotFound(what: Emergency) saying none was found
diag-longest-is-right = in { $count } of { $total } Single questions the right answer is the longest choice (over 40%); a learner who guesses the longest passes. Shorten the right one or lengthen the distractors
diag-longest-is-right-across-modules = in { $count } of { $total } Single questions across { $modules } modules the right answer is the longest choice (over 40%); a learner who guesses the longest passes. Shorten the right one or lengthen the distractors
# $answer is "true" or "false".
diag-true-false-lean =
    { $count } of { $total } TrueFalse questions have the answer { $answer ->
        [true] true
       *[false] false
    } (over 70%); a learner who always answers the same passes. Balance true and false
# $answer is "true" or "false".
diag-true-false-lean-across-modules =
    { $count } of { $total } TrueFalse questions across { $modules } modules have the answer { $answer ->
        [true] true
       *[false] false
    } (over 70%); a learner who always answers the same passes. Balance true and false
diag-count-in-text = "{ $phrase }" says how many choices are right; remove it so that each choice must be thought about
diag-first-choice-always-safe = in scenario "{ $scenario }" the first choice is the safe one { $scenes ->
        [one] in its only scene with a choice
       *[other] in all { $scenes } scenes with a choice
    }; on paper that gives the path away. Reorder some
diag-inline-citation = citation inside the text "{ $text }"; put the source in the block's sources: ["id"] and take it out of the text
diag-figure-without-source = the page gives a figure ("{ $figure }") and has no sources; add sources: ["id"] to the block

## Errors. $error is a message from the system or from another error, and may
## stay in English.

## Importing a learner's progress file
error-import-io = could not read the file: { $error }
error-import-too-large = the file is too large to be a progress file
error-import-not-an-export = this is not an Alerta progress file
error-import-damaged = the file is damaged or incomplete ({ $error })
error-import-newer-format = the file was made by a newer version of Alerta; update Alerta on this computer
error-import-other-course = the file is for another course ("{ $found }"), not "{ $expected }"
error-import-other-course-version = the file is from version { $found } of this course; this computer has version { $expected }. Use the same lessons on both computers
error-import-bad-id = the learner id in the file is not allowed ({ $error }); the file may have been tampered with

## Ids used as file and folder names
error-id-empty = the id is empty
error-id-too-long = the id has { $length } characters; at most { $max } are allowed
error-id-bad-character = the id "{ $id }" may only use lowercase letters a-z, digits and hyphens
error-id-leading-hyphen = the id "{ $id }" must not start with a hyphen
error-id-reserved = the id "{ $id }" is a name Windows reserves for a device

## Lesson packs
error-pack-io = could not read the pack: { $error }
error-pack-unsafe = the pack has a problem: { $problem }
error-pack-too-large = the pack is too large ({ $detail })
error-pack-invalid =
    { $count ->
        [one] the pack has { $count } error and was not installed
       *[other] the pack has { $count } errors and was not installed
    }
error-pack-already-installed = this course (version { $version }) is already installed
error-pack-bad-id = the course id in course.ron cannot be used as a folder name: { $error }

## Saving and opening progress
error-save-read-only = this profile is open read-only
error-save-disk-full = the disk is full ({ $path })
error-save-not-writable = no permission to write to { $path }
error-save-io = could not write { $path }: { $error }
error-open-locked = this profile is open in another window of Alerta
error-open-io = could not open the profile folder { $path }: { $error }

## Profiles
error-profile-bad-name = a name needs 1 to { $max } characters
error-profile-name-taken = there is already a profile called { $name }
error-profile-not-found = no such profile
error-profile-locked = this profile is open in another window of Alerta
error-profile-io = { $error }

## Syntax errors explained in plain words, and the parser's own messages worded for authors.
diag-smart-quote = a typographic quote { $found }: use straight quotes " instead of “ ” (this happens when text is pasted from a word processor)
diag-unclosed-bracket = the `{ $open }` opened at { $line }:{ $col } is never closed; add `{ $close }` where it ends
diag-unclosed-bracket-closed-by = the `{ $open }` opened at { $line }:{ $col } is never closed: at { $line2 }:{ $col2 } there is a `{ $found }`. A `{ $close }` is probably missing at the end of line { $line }
diag-extra-bracket = this `{ $found }` is one too many: nothing open is left to close
diag-missing-comma = a comma (,) is missing at the end of line { $line }
diag-unknown-field = unknown field `{ $found }`; expected one of: { $expected }
diag-unknown-field-in = unknown field `{ $found }` in `{ $outer }`; expected one of: { $expected }
diag-unknown-field-did-you-mean = unknown field `{ $found }`; did you mean `{ $suggestion }`?
diag-unknown-field-in-did-you-mean = unknown field `{ $found }` in `{ $outer }`; did you mean `{ $suggestion }`?
diag-missing-field = missing the field `{ $field }`
diag-missing-field-in = `{ $outer }` is missing the field `{ $field }`
diag-file-ends-early = the file ends too early; a closing bracket or quote may be missing
diag-expected-name = expected a name here: a field name, or a type such as Text, Lesson or Choice
diag-string-not-closed = a string is not closed: a closing quote (") may be missing
diag-expected-text = expected a text in each language, like (en: "...", es: "...")
diag-too-deep = the file nests more than { $limit } levels deep; lesson files never need that
diag-bad-fallback = "{ $lang }" falls back to "{ $to }": both must be languages of the course (languages), and following the fallbacks must end at a language that is fully translated
diag-severity-error = error
diag-severity-warning = warning

## Printed material (alerta handout, the Print button): the words around
## the course's own text. { $name } variables are filled by the layout.
print-page-of = Page { $page } of { $pages }
print-about-minutes = About { $minutes } minutes
print-handout = Handout
print-quiz = Quiz
print-answer-key = Answer key
print-guide = Facilitator's guide
print-before-you-start = Before you start
print-key-points = Key points
print-warning-signs = Warning signs
print-sign-kind = Kind of sign
print-why-it-matters = Why it matters:
print-stories = Stories to talk about
print-story-part = Part { $n }
print-story-after = (after { $from })
print-what-could-they-do = What could they do? What would you do?
print-talk-about-it = Talk about it
print-where-to-get-help = Where to get help
print-help-intro = If you or someone you know is in danger now, call the emergency number. Do not confront a person you suspect. Check each line's notes.
print-ask-for-local-lines = Ask your facilitator for the lines in your country.
print-kind-phone = Phone
print-kind-text = Text message
print-kind-chat = Chat
print-kind-web = Web page
print-kind-emergency = Emergency
print-run-by-police = This line is run by the police.
print-run-by-immigration = This line is run by immigration enforcement. What you say may be used to enforce immigration law.
print-who-should-call = Who should call: { $who }
print-run-by = Run by: { $operator }
print-source-checked = Source checked on { $date }: someone read where this number is published.
print-called-on = Called and answered on { $date }.
print-not-called = Nobody from this course has called it yet.
print-not-found-emergency = Emergency number: not found with a reliable source.
print-not-found-child-protection = Child-protection line: not found with a reliable source.
print-searched-on = Searched on { $date }.
print-facilitators-only-line = Facilitators only: not shown to learners.
print-numbers-change = Numbers change. If a line does not work, tell your facilitator.
print-no-lines = No help lines have been checked for this course yet.
print-name = Name:
print-date = Date:
print-tick-one = Tick one box.
print-tick-all = Tick every box that is right.
print-tick-true-or-false = Tick True or False.
print-true = True
print-false = False
print-write-order = Write 1 in the box of what comes first, 2 for the next, and so on.
print-circle-signs = Circle the numbers of the parts that are warning signs.
print-question-n = { $n }.
print-right-answer = Right answer:
print-right-answers = Right answers:
print-right-mark = (right)
print-why = Why:
print-if-they-choose = If someone chooses { $choice }:
print-right-order = Right order:
print-signs-are = Warning signs: { $list }
print-not-signs = Not warning signs: { $list }
print-pass-mark = To pass: { $mark }% of the questions right.
print-quick-key = Quick key for marking
print-question = Question
print-timing = Timing
print-lesson = Lesson
print-pages = Pages
print-minutes = Minutes
print-total = Total
print-read-this-first = Read this first
print-before-the-lessons = Before the lessons: what do they know already?
print-lesson-n = Lesson { $n }: { $title }
print-note-for-you = Note for you:
print-discuss = Discuss:
print-story-map = The story and all its paths
print-scene-n = Scene { $n }
print-goes-to = go to scene { $n }
print-start-here = Start here.
print-ending = Ending
print-outcome-safe = Safe
print-outcome-risky = Could go either way
print-outcome-harmful = Harm done
print-debrief = What to take from this:
print-debrief-script = Debrief script
print-script-ask-signs = Ask: which warning signs did you notice? Let the group answer first.
print-script-listen-for = Listen for these signs, and name the ones nobody mentioned:
print-script-recap = Go over the key points:
print-script-not-fault = Say clearly: when someone is deceived or controlled, it is never their fault. The people who lie and control are responsible.
print-script-help = Show where to get help, and remind everyone that they can ask for help without being sure:
print-sources = Sources

## alerta check: the summary and the languages.
check-summary = { $modules ->
        [one] { $modules } module
       *[other] { $modules } modules
    }, { $lessons ->
        [one] { $lessons } lesson
       *[other] { $lessons } lessons
    }, { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }, { $scenarios ->
        [one] { $scenarios } scenario
       *[other] { $scenarios } scenarios
    }, languages: { $languages }
check-counts = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
check-suppressed = { $count ->
        [one] { $count } more problem in other files not shown: fix course.ron first, then check again
       *[other] { $count } more problems in other files not shown: fix course.ron first, then check again
    }
check-ui-heading = Interface text (assets/i18n/<tag>/alerta.ftl):
check-ui-language = { $tag } ({ $name }): { $translated } of { $total } messages ({ $percent }%)
check-falls-back = ; the rest shows { $chain }
check-ui-missing = missing ({ $count }): { $keys }
check-ui-unused = not used, English has no such message ({ $count }): { $keys }
check-ui-mismatch = "{ $key }" uses { $found }, but English uses { $expected }
check-course-texts = Course texts in { $lang }: { $translated } of { $total } translated ({ $percent }%); the rest shows { $fallback }

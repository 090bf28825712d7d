//! The commands `spd-say` and `espeak-ng` are run with, the text they are
//! given, and how their voice lists are read.

use super::*;

/// Longer than any utterance could take even at the slow rate (about 12
/// characters a second): 10 s plus 150 ms a character.
pub(super) fn speaking_limit(text: &str) -> Duration {
    Duration::from_secs(10) + Duration::from_millis(150) * text.chars().count() as u32
}

/// `spd-say` in pipe mode, waiting until the message is spoken.
pub(super) fn spd_command(program: &Path, language: &str, voice: &str, rate: Rate) -> Command {
    let rate = match rate {
        Rate::Normal => SPD_RATE_NORMAL,
        Rate::Slow => SPD_RATE_SLOW,
    };
    let mut cmd = Command::new(program);
    cmd.args([
        "--application-name=alerta".to_string(),
        "--pipe-mode".to_string(),
        "--wait".to_string(),
        "--priority=text".to_string(),
        format!("--language={language}"),
        format!("--rate={rate}"),
        format!("--synthesis-voice={voice}"),
    ]);
    cmd
}

/// `espeak-ng` reading UTF-8 text from standard input; to a WAV file when
/// `wav` is given.
pub(super) fn espeak_command(
    program: &Path,
    voice: &str,
    rate: Rate,
    wav: Option<&Path>,
) -> Command {
    let wpm = match rate {
        Rate::Normal => ESPEAK_WPM_NORMAL,
        Rate::Slow => ESPEAK_WPM_SLOW,
    };
    let mut cmd = Command::new(program);
    cmd.args(["-v", voice, "-s", &wpm.to_string(), "-b", "1"]);
    if let Some(wav) = wav {
        cmd.arg("-w").arg(wav);
    }
    cmd.arg("--stdin");
    cmd
}

/// The text as one line that speech-dispatcher cannot take as a command.
pub(super) fn spd_text(text: &str) -> String {
    let line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let line = line.trim();
    if line.starts_with("!-!") {
        format!(" {line}\n")
    } else {
        format!("{line}\n")
    }
}

pub(super) fn espeak_text(text: &str) -> String {
    let mut t = text.replace('\0', " ");
    t.push('\n');
    t
}

/// Runs a listing command with no input; its output, or why it failed.
pub(super) fn run_capture(program: &Path, args: &[OsString]) -> Result<String, String> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("could not start: {e}"))?;
    // Read on a helper thread: the output may be larger than a pipe holds.
    let mut pipe = child.stdout.take().ok_or("no output pipe")?;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = pipe.read_to_end(&mut out);
        let _ = tx.send(out);
    });
    let deadline = Instant::now() + LIST_TIMEOUT;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() > deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "did not answer within {} s",
                    LIST_TIMEOUT.as_secs()
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => return Err(e.to_string()),
        }
    };
    if !status.success() {
        return Err(format!("{status}"));
    }
    let out = rx
        .recv_timeout(Duration::from_secs(1))
        .map_err(|_| "output did not close".to_string())?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// Parses `spd-say --list-synthesis-voices`: a header, then lines of name
/// (which may hold spaces), language and variant, right-aligned.
pub(super) fn parse_spd_voices(out: &str) -> Vec<SpdVoice> {
    out.lines()
        .filter_map(|line| {
            let line = line.trim();
            let (rest, variant) = line.rsplit_once(char::is_whitespace)?;
            let (name, language) = rest.trim_end().rsplit_once(char::is_whitespace)?;
            let name = name.trim();
            if name.is_empty() || (name == "NAME" && language == "LANGUAGE") {
                return None;
            }
            Some(SpdVoice {
                name: name.to_string(),
                language: language.to_string(),
                variant: variant.to_string(),
            })
        })
        .collect()
}

/// The best speech-dispatcher voice for `lang`: the best language, and in
/// it the plain voice (variant `none`) before its variants.
pub(super) fn best_spd_voice<'a>(voices: &'a [SpdVoice], lang: &str) -> Option<&'a SpdVoice> {
    let language = best_voice(voices.iter().map(|v| v.language.as_str()), lang)?;
    let mut of_language = voices.iter().filter(|v| v.language == language);
    let first = of_language.clone().next();
    of_language.find(|v| v.variant == "none").or(first)
}

/// Parses `espeak-ng --voices=xx`: a header, then lines of priority,
/// language, age/gender, name, file and other languages. Voices that need
/// MBROLA (files `mb/…`) are left out: MBROLA is rarely installed.
pub(super) fn parse_espeak_voices(out: &str) -> Vec<String> {
    out.lines()
        .skip_while(|l| !l.trim_start().starts_with("Pty"))
        .skip(1)
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let (language, file) = (*fields.get(1)?, *fields.get(4)?);
            (!file.starts_with("mb/") && is_plain_tag(language)).then(|| language.to_string())
        })
        .collect()
}

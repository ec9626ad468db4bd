//! OFAC legacy CSV reader on a whole set: the input is the main file, then `alt.csv`,
//! `add.csv` and `sdn_comments.csv`, separated by the line `%%nomina-fuzz-file%%`. A
//! companion cut off by the end of the input is absent; an empty one is an empty file.
//! Property: never panics; a valid snapshot or an error pointing into one of the files.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nomina_fuzz::{check, file};
use nomina_lists::ofac_csv::{self, Companions};

const SPLIT: &[u8] = b"\n%%nomina-fuzz-file%%\n";

fn split(data: &[u8]) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let mut rest = data;
    while let Some(i) = rest.windows(SPLIT.len()).position(|w| w == SPLIT) {
        parts.push(&rest[..i]);
        rest = &rest[i + SPLIT.len()..];
    }
    parts.push(rest);
    parts
}

fuzz_target!(|data: &[u8]| {
    let parts = split(data);
    let main = file("sdn.csv", parts[0]);
    let companion = |i: usize, name: &str| parts.get(i).map(|p| file(name, p));
    let companions = Companions {
        alt: companion(1, "alt.csv"),
        add: companion(2, "add.csv"),
        comments: companion(3, "sdn_comments.csv"),
        missing: Vec::new(),
    };
    let result = ofac_csv::parse(&main, &companions);
    let mut files = vec![&main];
    files.extend(companions.alt.iter());
    files.extend(companions.add.iter());
    files.extend(companions.comments.iter());
    check(&result, &files);
});

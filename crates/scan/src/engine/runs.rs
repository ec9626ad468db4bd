//! Runs: the stretches of words that may form one written name, and widening a match
//! over the rest of the name it sits in.

use super::*;

/// Most digits of a number written inside a name (a vessel's "2657", a company's
/// "2017").
const MAX_NAME_NUMBER_DIGITS: usize = 4;

/// Most letters of a legal form written in lower case that goes on with a name ("plc",
/// "gmbh", "fzco"); longer legal forms in lower case are ordinary words ("limited",
/// "company").
const MAX_LOWER_LEGAL_FORM_LETTERS: usize = 4;

/// Most words between a bracket inside a company's name and the legal form that closes
/// the name ("(Dalian) Seaman and Ship Management Co.": five).
const MAX_WORDS_AFTER_BRACKET: usize = 6;

impl Region<'_> {
    /// Runs of words that may form one name, as word ranges (inclusive), at most
    /// `MAX_SPAN_WORDS` long (longer runs are cut with an overlap).
    pub(super) fn runs(&self) -> &[(usize, usize)] {
        self.runs.get_or_init(|| self.compute_runs())
    }

    pub(super) fn compute_runs(&self) -> Vec<(usize, usize)> {
        let n = self.words.len();
        let mut out = Vec::new();
        let mut i = 0;
        while i < n {
            if !self.is_material(i) || self.lex().is_vessel_prefix(self.f(i)) {
                i += 1;
                continue;
            }
            // A particle hyphenated to the first word belongs to the name: "al-Qaeda".
            let start = if i > 0
                && self.is_connector(i - 1)
                && self.words.list[i - 1].gap.has(Gap::HYPHEN)
                && !self.words.list[i - 1].gap.breaks_name()
            {
                i - 1
            } else {
                i
            };
            let mut end = i;
            let mut j = i;
            // A run opened by a quotation mark ends where the quotation closes.
            let quoted = start > 0 && self.words.list[start - 1].gap.has(Gap::QUOTATION);
            loop {
                let w = &self.words.list[j];
                // A place or a kind in brackets inside a company's name, before the rest
                // of it: "Huaxin Shipping (Hongkong) Ltd.", "COSCO Shipping Tanker
                // (Dalian) Seaman and Ship Management Co., Ltd.".
                if let Some(k) = self.bracket_inside_company_name(j) {
                    end = k + 1;
                    j = k + 1;
                    continue;
                }
                if (w.possessive && !self.possessive_inside_name(j))
                    || (quoted && w.gap.has(Gap::QUOTATION))
                    || (w.gap.breaks_name() && !self.comma_before_legal_form(j))
                    || self.ends_list_item(start, j)
                    || j + 1 >= n
                {
                    break;
                }
                let next = j + 1;
                if self.lex().is_vessel_prefix(self.f(next)) {
                    break;
                }
                if self.is_material(next) {
                    end = next;
                    j = next;
                    continue;
                }
                if self.lower_part_hyphenated_after(j) {
                    end = next;
                    j = next;
                    continue;
                }
                // A short number after a name word is part of a name written with one:
                // "Ji Song 8", "Vabo 2017 Ood".
                if self.number_in_name(j, next) {
                    end = next;
                    j = next;
                    continue;
                }
                // A compound written with hyphens ends on its last element, whatever its
                // case: "Abd-al-latif", "Jaish-e-mohammed".
                if let Some(k) = self.hyphen_compound_end(j) {
                    end = k;
                    j = k;
                    continue;
                }
                // A lower-case name element hyphenated into the next name word belongs
                // to the name: "Abd-al-Baqi abd-al-Karim", "bin-Laden".
                if let Some(k) = self.hyphenated_into_name(next) {
                    end = k;
                    j = k;
                    continue;
                }
                // "Melli Bank plc": a legal form abbreviated in lower case goes on with the
                // name.
                if self.lower_case_legal_abbreviation(next) {
                    end = next;
                    j = next;
                    continue;
                }
                // "the Haqqani network": a lower-case head noun closes an organisation's
                // name in running text.
                if self.words.list[next].shape == Shape::Lower && self.fact(next, facts::ORG_TAIL) {
                    end = next;
                    break;
                }
                // Up to three connectors may stand between two name words (Jaish-e-,
                // Khalil ur Rahman, Concord Management and Consulting, Abd al-).
                let mut k = next;
                let mut ok = false;
                while k < n && k < next + 3 && self.is_connector(k) {
                    if self.words.list[k].gap.breaks_name() || self.words.list[k].possessive {
                        break;
                    }
                    if k + 1 < n && self.is_material(k + 1) {
                        ok = true;
                        break;
                    }
                    k += 1;
                }
                if ok {
                    end = k + 1;
                    j = k + 1;
                    continue;
                }
                break;
            }
            push_chunks(&mut out, start, end);
            i = end + 1;
        }
        out
    }

    /// Whether word `i` is a legal form abbreviated and written in lower case ("plc",
    /// "ltd", "gmbh"): at most [`MAX_LOWER_LEGAL_FORM_LETTERS`] letters and no ordinary
    /// word, so that "company", "limited" or "as" in a sentence never join a name.
    pub(super) fn lower_case_legal_abbreviation(&self, i: usize) -> bool {
        self.words.list[i].shape == Shape::Lower
            && self.f(i).len() <= MAX_LOWER_LEGAL_FORM_LETTERS
            && self.legal(i)
            && !self.common(i)
    }

    /// A comma between a name and its legal form ("Jewellery Co., Ltd.", "Acme, Inc.")
    /// does not end the name.
    pub(super) fn comma_before_legal_form(&self, j: usize) -> bool {
        let g = self.words.list[j].gap;
        g.has(Gap::COMMA)
            && !g.any(Gap::NEWLINE | Gap::BLANK | Gap::STOP | Gap::QUOTE | Gap::OPEN | Gap::CLOSE)
            && j + 1 < self.words.len()
            && self.legal(j + 1)
    }

    /// When the gap after word `j` opens a bracket of one to three name words that closes
    /// before more of a company's name, ending in a legal form within
    /// [`MAX_WORDS_AFTER_BRACKET`] words on the same line ("Huaxin Shipping (Hongkong)
    /// Ltd."), the index of the last word inside the bracket. An acronym defined in
    /// brackets after a name ("Haqqani Network (HQN) said") is followed by no legal form.
    pub(super) fn bracket_inside_company_name(&self, j: usize) -> Option<usize> {
        let list = &self.words.list;
        let plain = |g: Gap, allowed: u32| {
            !g.any(Gap::NEWLINE | Gap::BLANK | Gap::STOP | Gap::QUOTE | Gap::COLON | Gap::SLASH)
                && g.has(allowed)
        };
        if !plain(list[j].gap, Gap::OPEN) || list[j].gap.has(Gap::CLOSE) {
            return None;
        }
        let mut k = j + 1;
        while k < list.len() && k <= j + 3 && self.is_material(k) {
            if list[k].gap.has(Gap::CLOSE) {
                break;
            }
            if list[k].gap.breaks_name() {
                return None;
            }
            k += 1;
        }
        if k >= list.len() || k > j + 3 || !self.is_material(k) || !plain(list[k].gap, Gap::CLOSE) {
            return None;
        }
        let mut m = k + 1;
        while m < list.len() && m <= k + MAX_WORDS_AFTER_BRACKET {
            if self.legal(m) {
                return Some(k);
            }
            if !self.is_material(m) && !self.is_connector(m) {
                return None;
            }
            if list[m].gap.breaks_name() && !self.comma_before_legal_form(m) {
                return None;
            }
            m += 1;
        }
        None
    }

    /// When the lower-case word `i` is joined by hyphens (through at most one particle)
    /// to a following name word, as Arabic name elements are written ("abd-al-Karim",
    /// "bin-Laden"), that name word's index. Ordinary words ("pro-Western") are not name
    /// elements.
    pub(super) fn hyphenated_into_name(&self, i: usize) -> Option<usize> {
        let list = &self.words.list;
        let joined = |k: usize| list[k].gap.has(Gap::HYPHEN) && !list[k].gap.any(Gap::SPACE);
        if list[i].shape != Shape::Lower || self.common(i) || !joined(i) {
            return None;
        }
        let mut k = i + 1;
        if k < list.len() && self.is_connector(k) && joined(k) {
            k += 1;
        }
        (k < list.len() && list[k].shape != Shape::Lower && self.is_material(k)).then_some(k)
    }

    /// Whether word `next`, right after word `j` of a run, is a number that names carry
    /// ("Ji Song 8", "Hyundai Mipo 2657", "Vabo 2017 Ood"): digits only, at most
    /// [`MAX_NAME_NUMBER_DIGITS`] of them, after a plain space. Longer numbers are
    /// accounts, amounts or references, never part of a name; an ordinary word opening a
    /// sentence carries no name ("In 2020 Cherizier").
    pub(super) fn number_in_name(&self, j: usize, next: usize) -> bool {
        let list = &self.words.list;
        let g = list[j].gap;
        list[next].shape == Shape::Numeric
            && g.any(Gap::SPACE)
            && !g.any(Gap::HYPHEN)
            && !g.breaks_name()
            && !list[j].possessive
            && (!self.common(j) || !self.sentence_initial(j))
            && (1..=MAX_NAME_NUMBER_DIGITS).contains(&self.f(next).len())
            && self.f(next).bytes().all(|b| b.is_ascii_digit())
    }

    /// When name word `j` starts a compound joined by hyphens through one or two particles
    /// and ending on a lower-case element ("Abd-al-latif", "Jaish-e-mohammed", as a
    /// writer who capitalises only a compound's first letter spells it), the index of that
    /// last element. An ordinary word at the end ("Hamas-al-linked") is no name element.
    pub(super) fn hyphen_compound_end(&self, j: usize) -> Option<usize> {
        let list = &self.words.list;
        let joined = |k: usize| list[k].gap.has(Gap::HYPHEN) && !list[k].gap.any(Gap::SPACE);
        if !joined(j) {
            return None;
        }
        let mut k = j + 1;
        let mut particles = 0;
        while k < list.len() && self.is_connector(k) && joined(k) && particles < 2 {
            particles += 1;
            k += 1;
        }
        let last_ok = particles > 0
            && k < list.len()
            && list[k].shape == Shape::Lower
            && !self.common(k)
            && !self.is_connector(k);
        last_ok.then_some(k)
    }

    /// Whether a run started at word `start` ends at word `j` because `j` ends a list
    /// item: the writer ended the line on purpose ([`Gap::LINE_END`]) and the line holds
    /// nothing before the run but numbering ("Abu Hussein⏎Maria Lopez" is two people;
    /// "whose leader Sirajuddin⏎Haqqani" is one sentence). A run that already crossed a
    /// line break holds the whole of `j`'s line, so a deliberate end there ends it: a
    /// name is not written over three lines of which the second was ended on purpose.
    pub(super) fn ends_list_item(&self, start: usize, j: usize) -> bool {
        let list = &self.words.list;
        if !list[j].gap.has(Gap::LINE_END) {
            return false;
        }
        let line = list[start].line;
        if list[j].line != line {
            return true;
        }
        (0..start)
            .rev()
            .take_while(|&k| list[k].line == line)
            .all(|k| list[k].shape == Shape::Numeric)
    }

    /// A possessive that belongs to a listed name ("Lord's Resistance Army", "People's
    /// Mujahedin"): the lists write the word with its `'s` (folded `lords`) and a name word
    /// follows. Elsewhere a possessive ends the name ("Azhar's brother").
    pub(super) fn possessive_inside_name(&self, i: usize) -> bool {
        i + 1 < self.words.len()
            && self.is_material(i + 1)
            && self.scanner.word_info(&format!("{}s", self.f(i))).listed
    }

    /// Whether the run holds a word that some listed name cannot do without.
    pub(super) fn has_anchor(&self, a: usize, b: usize) -> bool {
        (a..=b).any(|i| self.scanner.word_info(self.f(i)).anchor)
    }

    /// True when word `i` starts a sentence (or the region, or a paragraph).
    pub(super) fn sentence_initial(&self, i: usize) -> bool {
        i == 0
            || self.words.list[i - 1]
                .gap
                .any(Gap::STOP | Gap::BLANK | Gap::COLON)
    }

    /// True when word `i` is an ordinary word capitalised only because it starts the
    /// sentence ("After", "When"): it says nothing of the name after it.
    pub(super) fn opens_sentence(&self, i: usize) -> bool {
        self.common(i) && self.sentence_initial(i) && !self.flat_case[i]
    }

    /// Whether word `j + 1` is a lower-case part hyphenated to word `j`, and so part of
    /// the same name ("Kim Jong-un", "Kim Sung-ho"), unless it is an ordinary word
    /// ("Pakistan-based", "Gaddafi-era") or a particle.
    pub(super) fn lower_part_hyphenated_after(&self, j: usize) -> bool {
        let list = &self.words.list;
        j + 1 < list.len()
            && list[j].gap.has(Gap::HYPHEN)
            && !list[j].gap.any(Gap::SPACE)
            && list[j + 1].shape == Shape::Lower
            && !self.common(j + 1)
            && !self.is_connector(j + 1)
    }

    /// Whether the word after word `i` is a lower-case noun that makes the words before
    /// it a place ("Chagai town", "Kunar province").
    pub(super) fn place_noun_after(&self, i: usize) -> bool {
        let list = &self.words.list;
        i + 1 < list.len()
            && !list[i].gap.breaks_name()
            && !list[i].gap.any(Gap::NEWLINE)
            && list[i + 1].shape == Shape::Lower
            && self.lex().is_place_noun(self.f(i + 1))
    }

    /// Whether word `i` is a type designator: one to three letters joined by a hyphen to
    /// a number ("MD-83", "Il-76", "A-320", "F-16"), the model of an aircraft, a ship or
    /// a weapon written after its operator's name.
    pub(super) fn is_type_designator(&self, i: usize) -> bool {
        let list = &self.words.list;
        let g = list[i].gap;
        i + 1 < list.len()
            && (1..=3).contains(&self.f(i).len())
            && self.f(i).bytes().all(|b| b.is_ascii_alphabetic())
            && g.has(Gap::HYPHEN)
            && !g.any(Gap::SPACE)
            && list[i + 1].shape == Shape::Numeric
    }

    /// Whether word `i` is part of a written name that a match may be widened over.
    ///
    /// In ordinary text a capitalised ordinary word inside a name phrase belongs to the
    /// name ("Al Noor Hospital", "Gaddafi Stadium"); at the start of a sentence, or in a
    /// line where everything is capitalised, it says nothing.
    pub(super) fn is_name_part(&self, i: usize) -> bool {
        if !self.is_material(i) {
            return false;
        }
        // A ship cue ("MV", "IMO", "tanker") introduces a name; it is no part of it; nor is
        // an aircraft's or a weapon's type after a name ("Caspian Airlines MD-83").
        if self.title(i)
            || self.fact(i, facts::CONNECTOR)
            || self.lex().is_vessel_cue(self.f(i))
            || self.lex().is_alternative(self.f(i))
            || self.is_type_designator(i)
        {
            return false;
        }
        // A word made a place by the noun after it ("Jammal Trust Bank Nabatieh branch",
        // "Kunar province") is where the party is, not its name.
        if self.place_noun_after(i) {
            return false;
        }
        if self.common(i) && (self.flat_case[i] || self.sentence_initial(i)) {
            return false;
        }
        // Where everything is capitalised, only words the lists know extend a name, and a
        // city after a party's name is its address ("SINA BANK TEHRAN").
        if self.flat_case[i]
            && (!self.scanner.word_info(self.f(i)).listed || self.lex().is_city(self.f(i)))
        {
            return false;
        }
        !self.is_country(i)
    }

    /// Connectors at `i` (going in direction `step`) followed by a name part: the index of
    /// that name part.
    pub(super) fn across_connectors(
        &self,
        i: usize,
        forward: bool,
        lo: usize,
        hi: usize,
    ) -> Option<usize> {
        let mut k = i;
        for _ in 0..3 {
            // A ship cue ("MV", "M/V") is a stop word, but it introduces a vessel's name: a
            // name is not widened across it ("RENT MV ARIES" is the vessel ARIES).
            if !self.is_connector(k) || self.common(k) || self.lex().is_vessel_cue(self.f(k)) {
                return None;
            }
            let next = if forward { k + 1 } else { k.checked_sub(1)? };
            if next < lo || next > hi {
                return None;
            }
            if self.is_name_part(next) {
                return Some(next);
            }
            k = next;
        }
        None
    }

    /// Whether the words from `k` (up to `rb`, on one line) name one of a party's offices:
    /// at most [`OFFICE_PHRASE_WORDS`] words, then an office word (`cues.txt
    /// [party_office]`): "AQSSA SOCIETY ADEN BRANCH", "ARD AL-KHER INTERNATIONAL CO FRUIT
    /// DIVISION". A name is not widened over them: they say where or which part of the
    /// party is meant, not another party's name.
    pub(super) fn names_an_office(&self, k: usize, rb: usize) -> bool {
        let last = rb.min(k + OFFICE_PHRASE_WORDS);
        for (j, w) in self.words.list.iter().enumerate().take(last + 1).skip(k) {
            if self.lex().is_office_of_party(self.f(j)) {
                return true;
            }
            if !self.is_material(j) || w.gap.any(Gap::NEWLINE) {
                return false;
            }
        }
        false
    }

    /// Widens the matched words `a..=b` (within run `ra..=rb`) over neighbouring name
    /// words, and up to a legal form that closes the name ("AL HARAMAIN PERFUMES LLC").
    pub(super) fn widen(
        &self,
        a: usize,
        b: usize,
        ra: usize,
        rb: usize,
        taken: &dyn Fn(usize) -> bool,
        person: bool,
    ) -> (usize, usize) {
        let (mut ea, mut eb) = (a, b);
        // A name is not widened across a line break, nor a person's across an ampersand
        // ("Hafiz Saeed & Haqqani" are two people; "Gems & Jewellery" is one company).
        let stop = if person {
            Gap::NEWLINE | Gap::AMPERSAND
        } else {
            Gap::NEWLINE
        };
        let nl = |k: usize| self.words.list[k].gap.any(stop);
        while ea > ra && !nl(ea - 1) && !taken(ea - 1) {
            if self.is_name_part(ea - 1) {
                ea -= 1;
            } else if let Some(k) = self.across_connectors(ea - 1, false, ra, rb) {
                if (k..ea).any(nl) || (k..ea).any(taken) {
                    break;
                }
                ea = k;
            } else {
                break;
            }
        }
        loop {
            if eb < rb && !nl(eb) && !taken(eb + 1) && !self.names_an_office(eb + 1, rb) {
                // "Kim Sung-ho" is not KIM Song: the name goes on past the hyphen.
                if self.is_name_part(eb + 1) || self.lower_part_hyphenated_after(eb) {
                    eb += 1;
                    continue;
                }
                if let Some(k) = self.across_connectors(eb + 1, true, ra, rb) {
                    if !(eb..k).any(nl) && !(eb + 1..=k).any(taken) {
                        eb = k;
                        continue;
                    }
                }
            }
            // Ordinary words followed by a legal form are the name of another company.
            let mut k = eb + 1;
            let mut found = None;
            while k <= rb && k <= eb + 3 && !nl(k - 1) {
                if self.legal(k) {
                    found = Some(k);
                    break;
                }
                if !self.is_material(k) {
                    break;
                }
                k += 1;
            }
            match found {
                Some(k) if k > eb + 1 => eb = k,
                _ => break,
            }
        }
        (ea, eb)
    }
}

/// Most words before the office word of a phrase naming one of a party's offices
/// ("ADEN BRANCH", "DUBAI REP OFFICE", "FRUIT DIVISION").
const OFFICE_PHRASE_WORDS: usize = 2;

pub(super) fn push_chunks(out: &mut Vec<(usize, usize)>, start: usize, end: usize) {
    const MAX: usize = nomina_match::spans::MAX_SPAN_WORDS;
    if end + 1 - start <= MAX {
        out.push((start, end));
        return;
    }
    let mut a = start;
    loop {
        let b = (a + MAX - 1).min(end);
        out.push((a, b));
        if b == end {
            break;
        }
        a += MAX - 8;
    }
}

//! The overview of a big map (`--view overview`): one card per unit (head count, how many
//! of its people we have reached, its key people by the analysis's ranking), the unit
//! hierarchy as the org structure, and the ties between people counted into one line per
//! pair of cards and tie kind ("influence ×7"). Our side is a card of its own, people in
//! no unit share a "no unit" card. Every renderer draws the same [`Overview`].
//!
//! Cost: O(P + T log T + U·d) to build (units of depth d), plus the ranking
//! ([`crate::analysis::rank::power`]).

use std::collections::BTreeMap;

use crate::analysis::{rank, reach};
use crate::graph::OrgGraph;
use crate::model::{Map, PersonIx, UnitIx};
use crate::render::Overlay;
use crate::render::view::{Group, Scene};
use crate::vocab::{Side, TieKind};

pub mod dot;
pub mod draw;
pub mod graphml;
pub mod mermaid;
pub mod place;

/// Whole-map pictures of maps with more people than this are drawn as the overview
/// unless a view is asked for (the command line's default; see `docs/format.md`).
pub const OVERVIEW_ABOVE: usize = 150;
/// Key people shown on a card, at most.
pub const KEY_PEOPLE: usize = 3;
/// Lines drawn between cards, at most: the links with the most ties first. The others
/// are counted on the cards ("+ N ties to other units") and in the legend.
pub const MAX_LINES: usize = 90;

/// One card: a unit of the map, our side, partners and competitors, or "no unit".
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// What the card stands for ([`Group::Top`] is the "no unit" card).
    pub group: Group,
    /// The card of the parent unit, if any.
    pub parent: Option<usize>,
    /// Child cards, in map order.
    pub children: Vec<usize>,
    /// People in this unit itself (not in its sub-units).
    pub people: usize,
    /// People in this unit and all its sub-units.
    pub all: usize,
    /// Customer people in the unit itself.
    pub customers: usize,
    /// Of those, how many we have reached.
    pub reached: usize,
    /// Key people of the unit itself, best first (at most [`KEY_PEOPLE`]).
    pub key: Vec<PersonIx>,
    /// Everyone in and below the card is on our side.
    pub ours: bool,
    /// Ties from this card's people to other cards' people that no drawn line carries.
    pub undrawn: usize,
}

/// The ties of one kind between the people of two cards, counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// First card (the lower index).
    pub a: usize,
    /// Second card.
    pub b: usize,
    /// The tie kind.
    pub kind: TieKind,
    /// Ties from a person of `a` to a person of `b` (for symmetric kinds: all of them).
    pub forward: usize,
    /// Ties from `b` to `a` (always 0 for symmetric kinds).
    pub back: usize,
    /// A reporting link between a unit and its parent unit: the org-structure line
    /// already stands for it.
    pub along_tree: bool,
    /// Drawn as a line of its own.
    pub drawn: bool,
}

impl Link {
    /// All the ties the link counts.
    pub fn count(&self) -> usize {
        self.forward + self.back
    }
}

/// The overview of a scene: cards, their tree, and the counted links.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    /// Cards: units in map order, then our side, partners, "no unit".
    pub cards: Vec<Card>,
    /// Top-level cards in drawing order: our side first, then the customer's units.
    pub roots: Vec<usize>,
    /// Per person: their card, if shown.
    pub card_of: Vec<Option<usize>>,
    /// Links between different cards, by (a, b, kind).
    pub links: Vec<Link>,
    /// Ties inside one card (not drawn).
    pub inside: usize,
    /// Hops of the coach path between different cards.
    pub path: Vec<(usize, usize)>,
}

/// Builds the overview of a scene. O(P + T log T + U·d) and the ranking.
pub fn build(g: &OrgGraph, scene: &Scene, overlay: &Overlay) -> Overview {
    let map = g.map;
    let n = map.people.len();
    let mut cards: Vec<Card> = Vec::new();
    let mut index: BTreeMap<Group, usize> = BTreeMap::new();
    let blank = |group| Card {
        group,
        parent: None,
        children: Vec::new(),
        people: 0,
        all: 0,
        customers: 0,
        reached: 0,
        key: Vec::new(),
        ours: true,
        undrawn: 0,
    };
    for &u in &scene.units {
        index.insert(Group::Unit(u), cards.len());
        cards.push(blank(Group::Unit(u)));
    }
    let members = scene.members(map);
    for g in [Group::OurSide, Group::Others, Group::Top] {
        if members.contains_key(&g) {
            index.insert(g, cards.len());
            cards.push(blank(g));
        }
    }
    for c in 0..cards.len() {
        if let Group::Unit(u) = cards[c].group
            && let Some(pu) = scene.parent_of(map, u)
            && let Some(&pc) = index.get(&Group::Unit(pu))
            && pc != c
        {
            cards[c].parent = Some(pc);
            cards[pc].children.push(c);
        }
    }
    let reached = if overlay.reached.len() == n { overlay.reached.clone() } else { reach::reached(g) };
    let score = rank::power(g, true).score;
    let mut card_of = vec![None; n];
    for (grp, ps) in &members {
        let Some(&c) = index.get(grp) else { continue };
        let card = &mut cards[c];
        card.people = ps.len();
        for &p in ps {
            card_of[p] = Some(c);
            let person = &map.people[p];
            card.ours &= person.side == Side::Ours;
            if person.side == Side::Customer {
                card.customers += 1;
                card.reached += usize::from(reached[p]);
            }
        }
        card.key = key_people(map, ps, &score);
    }
    totals(&mut cards);
    let roots = roots(&cards);
    let (links, inside) = links(map, scene, &cards, &card_of);
    let path = scene
        .path_edges
        .iter()
        .filter_map(|&(a, b)| Some((card_of[a]?, card_of[b]?)))
        .filter(|(a, b)| a != b)
        .collect();
    let mut ov = Overview { cards, roots, card_of, links, inside, path };
    choose_drawn(&mut ov);
    ov
}

/// The key people of a card: customer people by score (best first, then map order),
/// else the first people of the card. O(k log k).
fn key_people(map: &Map, ps: &[PersonIx], score: &[f64]) -> Vec<PersonIx> {
    let mut cust: Vec<PersonIx> =
        ps.iter().copied().filter(|&p| map.people[p].side == Side::Customer).collect();
    if cust.is_empty() {
        return ps.iter().copied().take(KEY_PEOPLE).collect();
    }
    cust.sort_by(|&a, &b| score[b].total_cmp(&score[a]).then(a.cmp(&b)));
    cust.truncate(KEY_PEOPLE);
    cust
}

/// Head counts with sub-units, and "ours" for a card whose whole subtree holds only our
/// people (and someone). Walks the tree from the roots; O(U).
fn totals(cards: &mut [Card]) {
    fn walk(cards: &mut [Card], c: usize, depth: usize) -> (usize, bool) {
        let mut all = cards[c].people;
        let mut pure = cards[c].ours;
        if depth <= cards.len() {
            for k in cards[c].children.clone() {
                let (a, p) = walk(cards, k, depth + 1);
                all += a;
                pure &= p;
            }
        }
        cards[c].all = all;
        cards[c].ours = pure && all > 0;
        (all, pure)
    }
    for c in 0..cards.len() {
        if cards[c].parent.is_none() {
            walk(cards, c, 0);
        }
    }
}

/// Top-level cards: our side first, then the customer's units and the "no unit" card,
/// partners and competitors last.
fn roots(cards: &[Card]) -> Vec<usize> {
    let mut r: Vec<usize> = (0..cards.len()).filter(|&c| cards[c].parent.is_none()).collect();
    r.sort_by_key(|&c| {
        let rank = match cards[c].group {
            Group::OurSide => 0,
            _ if cards[c].ours => 0,
            Group::Others => 3,
            Group::Top => 2,
            Group::Unit(_) => 1,
        };
        (rank, c)
    });
    r
}

/// Counts every shown tie between two different cards by (pair, kind). O(T log T).
fn links(map: &Map, scene: &Scene, cards: &[Card], card_of: &[Option<usize>]) -> (Vec<Link>, usize) {
    let mut by: BTreeMap<(usize, usize, TieKind), (usize, usize)> = BTreeMap::new();
    let mut inside = 0;
    for &t in &scene.ties {
        let tie = &map.ties[t];
        let (Some(ca), Some(cb)) = (card_of[tie.from], card_of[tie.to]) else { continue };
        if ca == cb {
            inside += 1;
            continue;
        }
        let (a, b) = (ca.min(cb), ca.max(cb));
        let e = by.entry((a, b, tie.kind)).or_default();
        if ca == a || tie.kind.is_symmetric() {
            e.0 += 1;
        } else {
            e.1 += 1;
        }
    }
    let links = by
        .into_iter()
        .map(|((a, b, kind), (forward, back))| Link {
            a,
            b,
            kind,
            forward,
            back,
            along_tree: kind == TieKind::ReportsTo
                && (cards[a].parent == Some(b) || cards[b].parent == Some(a)),
            drawn: false,
        })
        .collect();
    (links, inside)
}

/// Marks the links drawn as lines: all of them when there are at most [`MAX_LINES`],
/// else the ones with the most ties (conflicts and links to our side first among
/// equals, then map order); counts the others on their cards. O(L log L).
fn choose_drawn(ov: &mut Overview) {
    let mut order: Vec<usize> = (0..ov.links.len()).filter(|&i| !ov.links[i].along_tree).collect();
    let ours = |c: usize| ov.cards[c].ours;
    order.sort_by_key(|&i| {
        let l = &ov.links[i];
        let first = l.kind == TieKind::Conflict || ours(l.a) || ours(l.b);
        (std::cmp::Reverse(l.count()), !first, i)
    });
    for (k, &i) in order.iter().enumerate() {
        ov.links[i].drawn = k < MAX_LINES;
    }
    for l in &ov.links {
        if !l.drawn && !l.along_tree {
            ov.cards[l.a].undrawn += l.count();
            ov.cards[l.b].undrawn += l.count();
        }
    }
}

/// The label of a card: its unit's name, or the words for our side, others, no unit.
pub fn card_label(map: &Map, card: &Card, lang: crate::vocab::Lang) -> String {
    use crate::render::style::{Word, word};
    match card.group {
        Group::Unit(u) => map.units[u].display_name().to_string(),
        Group::OurSide => word(Word::OurSide, lang),
        Group::Others => word(Word::Others, lang),
        Group::Top => crate::i18n::tr(lang, "diagram-no-unit"),
    }
}

/// Is a unit's card in the overview? (For tests and tools.)
pub fn card_of_unit(ov: &Overview, u: UnitIx) -> Option<usize> {
    ov.cards.iter().position(|c| c.group == Group::Unit(u))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{Options, View, view};

    #[test]
    fn north_china_cards_count_people_and_ties() {
        let map = crate::load::load_json_str(crate::load::EMBEDDED_MAP, "nc").unwrap().map;
        let g = OrgGraph::new(&map);
        let opts = Options { view: View::Overview, ..Options::default() };
        let s = view::scene(&g, &Overlay::default(), &opts);
        let ov = build(&g, &s, &Overlay::default());
        let people: usize = ov.cards.iter().map(|c| c.people).sum();
        assert_eq!(people, map.people.len());
        let counted: usize = ov.links.iter().map(Link::count).sum::<usize>() + ov.inside;
        assert_eq!(counted, s.ties.len());
        assert!(ov.cards.iter().any(|c| c.ours), "our side is a card");
        assert!(ov.cards.iter().all(|c| c.key.len() <= KEY_PEOPLE));
    }
}

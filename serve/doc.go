// Package serve is fuwuka's local page for a clerk editing a roster: the
// roster's problems, its zones and households, and every card as the
// preview writer draws it, kept live as the roster file changes, with
// actions that write the cards, press sheets and round lists next to the
// roster through the same code as the commands. It listens on loopback
// unless told otherwise, reads and writes only the roster's files and its
// output folder, and takes writes only with the page's per-run token.
package serve

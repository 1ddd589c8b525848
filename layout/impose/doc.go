// Package impose puts finished card frames on pages for the press: a card
// on a page of its own, or many on press sheets (grid, order of the cards
// through the stacks, paper sizes), with die lines, crop and registration
// marks and a slug line. It never lays a card out again.
package impose

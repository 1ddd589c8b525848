// Package design lays out what a card says (card.Card) as frames: the
// card's artwork, split into what many cards share and the household's own
// part, and the round lists a deliverer carries from door to door. It
// decides sizes, positions and colours; imposition and writers take its
// frames as they are.
package design

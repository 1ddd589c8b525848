package design

import "github.com/fuwuka/fuwuka/msg"

// warm (温馨可爱) is the default design: rounded bands and frames, a house
// before the title, a greeting between hearts, the contact's label on a
// pill, the officials on soft tiles of the ground.
func init() {
	s := &Style{
		Name:         "warm",
		Version:      2,
		Description:  msg.F("warm and friendly: rounded bands, icons, a greeting, the officials on soft tiles (the default)"),
		BandRadius:   6,
		TitleIcon:    iconHome,
		Greeting:     "您好！有事请找我们",
		GreetingIcon: iconHeart,
		LabelPill:    true,
		PhoneIcon:    iconPhone,
		Backdrop:     backdropTile,
		TileTint:     1.0 / 3,
		RowGap:       1,
		Bullet:       iconHeart,
		AppealIcon:   iconMoodSmile,
		People:       1,
		Sizes:        1,
		Columns:      []int{2, 3},
	}
	s.Frame.Border, s.Frame.Radius = 0.35, 4
	register(s)
}

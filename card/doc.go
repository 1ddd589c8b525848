// Package card reads a community's roster (officials, their zones, pledges,
// households), checks it, and says what one household's service card
// (居民服务卡) shows. It knows nothing of geometry or PDF. example.yaml
// shows the roster format, with comments.
package card

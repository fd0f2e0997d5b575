"""What the bot says to an easy question it can answer itself once support has the case (where the Wi-Fi password
is written, whether WPA3 matters, whether the unit can use 5 GHz, how far from the router it can be), to a hidden
network or a weak signal told at the Wi-Fi name question, and to why a question matters, asked at it. Part of the
flow's copy (copy.py merges ASK_TEXT into TEXT); GSM-7 characters only.

The facts follow docs/particle-facts.md section 2: Photon, P1 and Argon use 2.4 GHz only and the P2 / Photon 2 both
bands; WPA3-only security keeps a Photon or Argon out (on a P2 it is experimental, so WPA2 allowed is the safe
advice); a hidden network needs extra set-up on a Photon or P2 and an Argon can't join one; about -70 dBm at the unit
is already weak (one or two bars on a phone).
"""

from __future__ import annotations

from flows.troubleshoot.copy_asked import ASKED_TEXT

_STILL = " Our support team still has your case."
_KEY_WHERE = (
    "Your Wi-Fi password is usually on a sticker on the back or bottom of your router, next to \"Password\", \"Key\" or "
    "\"WPA key\" (not the admin password). If someone changed it, ask whoever set up your Wi-Fi: a phone already on "
    "your Wi-Fi can also show it (iPhone: Settings > Wi-Fi > the (i) by its name > Password; Android: Settings > "
    "Wi-Fi > your network > Share)."
)

ASK_TEXT: dict[str, str] = {
    # Router questions answered in an earlier message (told.py `_to_router_questions`, explore10's n14): said back
    # once, joined ("a, b and c"), instead of being asked again.
    "router_told": "You mentioned {facts}, so I won't ask about that again.",
    "told_internet_yes": "other devices on your Wi-Fi have internet",
    "told_internet_no": "nothing else on your Wi-Fi has internet right now",
    "told_same_name_two": "your Wi-Fi shows up as two names",
    "told_same_name_one": "your Wi-Fi shows up as one name",
    "told_mac_filter_no": "new devices don't need to be registered",
    "told_guest_no": "there's no sign-in page",
    "recap_asked": "Sure, here's where we were:",  # "where were we?" seconds after the last message (n29)
    "pleasantry_back": "No problem. Whenever you're ready:",
    "network_corrected": "Thanks, I've changed your Wi-Fi's name to {network}.",
    # Pulsing light blue for days while our system sees the unit offline (rules/waited.py): no wait (explore10's n23).
    "breathing_cyan_long": (
        "Slowly pulsing light blue for that long means {product} reaches our servers, so waiting won't change it: "
        "something on our side isn't accepting it. I'm passing this to our support team to check. They will contact "
        "you here."
    ),
    "key_was_right": "Thanks, I've changed that answer: it was your Wi-Fi password, so there's no need to set it up again.",
    # The Wi-Fi changed since the set-up and the unit was not set up again (hotspot.py `_old_wifi`): it still has the
    # old Wi-Fi's details (explore10's n03 was told it knows the home Wi-Fi's, and the test blamed the wrong cause).
    "hotspot_aside_knows_old": (
        "{product} knows only the Wi-Fi it was set up on: your old Wi-Fi's name and password, from before the change. "
        "For this test give the hotspot those old details; to fix it for good, set {product} up again in our app on "
        "your new Wi-Fi."
    ),
    "ask_hotspot_old_wifi": (
        "Let's test {product} with your phone's hotspot. This tells us if the problem is your Wi-Fi or the unit. "
        "Since your Wi-Fi changed, {product} still has the old one's details: set your phone's hotspot to your old "
        "Wi-Fi's name and password, unplug your router for the test, and keep the phone next to {product}."
    ),
    "old_wifi_saved": (
        "{product} still has your old Wi-Fi's name and password, from before the change: set it up again in our app "
        "on your new Wi-Fi and it will connect."
    ),
    # What unplugging the router does to the rest of the home, asked at the hotspot test (explore10's n16 was told
    # "Those are your router's lights").
    "hotspot_aside_unplug": (
        "Unplugging the router takes everything on your Wi-Fi offline for the few minutes of the test: other devices, "
        "the TV, calls over Wi-Fi. When you plug it back in, it keeps its settings and everything reconnects by itself "
        "within a few minutes. If now is a bad time, do the test later and message me when you're ready."
    ),
    # Which unit the chat is on, asked (explore10's n16 was told where the light is, three times).
    "which_unit_now": "We're looking at {unit} now.",
    "which_unit_others": "We're looking at {unit} now; {units} comes next, and what fixes this one often fixes it too.",
    "which_unit_unknown": "We haven't found your unit yet: its serial number on the label tells me which one it is.",
    # A button held about 10 seconds clears the saved Wi-Fi (docs/particle-facts.md 1.2; rules/held_button.py):
    # unplugging won't bring it back (explore10's n18 was told "it usually still has your Wi-Fi details").
    "remedy_blue_held": (
        "Dark blue blinking means {product} is waiting to be set up. Holding the button that long cleared the Wi-Fi "
        "details it had saved (nothing else is lost), so unplugging won't bring them back: please run the Wi-Fi setup "
        "again in our app and choose your home Wi-Fi."
    ),
    # A name said aloud ("smith family underscore five g"), written as it is most likely spelled: said back, since
    # the hotspot test copies it (the tenth blind exploratory test's hotspot got the words, and the test failed).
    "network_dictated": (
        "I've written your Wi-Fi's name as {network}. If your phone shows it differently (a space, _ or - in another "
        "place), please type it exactly as it shows."
    ),
    # The scanner question again right after a question of the customer's was answered: a pointer back, not the
    # whole how-to (the ninth blind exploratory test's n25: every aside repeated it in full).
    "scan_back": "When you have the scan, paste or type what it shows for {network}, or reply SKIP.",
    "with_support_key_where": _KEY_WHERE + _STILL,
    # Asked at another question ("I DONT KNOW THE WIFI PASSWORD. WHERE IS IT" at the light's): then that question again.
    "key_where": _KEY_WHERE,
    # The key typed earlier asked for again (rules/key_recall.py, explore10's n29): never kept, so where it is found.
    "key_recall": (
        "I never keep the Wi-Fi password you type (I hide it before anything is stored), so I can't show it again. "
        "It's usually on a sticker on your router, next to \"Password\" or \"WPA key\". A phone already on your Wi-Fi "
        "can also show it (iPhone: Settings > Wi-Fi > the (i) by its name > Password; Android: Settings > Wi-Fi > your "
        "network > Share)."
    ),
    "with_support_wpa3": (
        "It can matter: {product} can't join a Wi-Fi that allows only WPA3. In your router's settings, WPA2 or "
        "WPA2/WPA3 (often called mixed or transition mode) works; WPA3 only doesn't." + _STILL
    ),
    "with_support_band": (
        "Only 2.4 GHz Wi-Fi works for {product}, not 5 GHz. If your router shows two names, set it up on the one without "
        "5G; if it shows one name for both, your router's 2.4 GHz Wi-Fi must stay turned on." + _STILL
    ),
    "with_support_band_dual": (
        "Both 2.4 GHz and 5 GHz Wi-Fi work for {product}, so either of your router's networks will do." + _STILL
    ),
    "with_support_distance": (
        "There's no exact distance: it needs a fair signal where it sits. If your phone shows only 1 or 2 Wi-Fi bars "
        "next to {product}, that's too weak. Walls, floors and metal weaken the signal; moving {product} or the "
        "router closer, or adding a Wi-Fi extender or mesh point near it, usually helps." + _STILL
    ),
    "with_support_distance_argon": (
        "There's no exact distance: it needs a fair signal where it sits. If your phone shows only 1 or 2 Wi-Fi bars "
        "next to {product}, that's too weak. Check its small antenna is plugged in firmly, then move it or the "
        "router closer, or add a Wi-Fi extender or mesh point near it." + _STILL
    ),
    # A cellular unit (a Boron): the mobile signal where it sits, not the Wi-Fi.
    "with_support_mobile_signal": (
        "Yes, that's likely: {product} needs a mobile signal where it sits, and 1 bar is often too weak. Put it "
        "upstairs or near a window and give it up to 10 minutes; I'll tell you here when it connects." + _STILL
    ),
    "with_support_cellular_wifi": (
        "{product} doesn't use Wi-Fi at all: it connects over the mobile network, so a Wi-Fi or its password doesn't "
        "matter for it and there's nothing to set up there." + _STILL
    ),
    "with_support_cellular_plan": (
        "That could well be it: if its SIM's data plan is paused or unpaid, {product} can't connect. Our support "
        "team will check the SIM and its plan and reply here."
    ),
    # The customer's own guess at the cause, asked (rules/cause_asks.py): what it does to the unit, and the change.
    "guessed_dhcp": (
        "Running out of addresses could do it: then {product} joins the Wi-Fi but gets no address, and its light "
        "blinks green very fast. Restart the router; if it comes back, make the router's address (DHCP) range "
        "bigger or remove devices you no longer use."
    ),
    "guessed_channel": (
        "The channel could do it: {product} can't use 2.4 GHz channels 12 to 14. In your router's settings set the "
        "2.4 GHz channel to 1, 6 or 11, then save."
    ),
    "guessed_channel_photon": (
        "Only if it's channel 14: {product} can use 2.4 GHz channels 1 to 13. If yours is on 14, set it to 1, 6 or "
        "11 in your router's settings."
    ),
    "guessed_width": (
        "A wide channel could do it: {product} needs the 2.4 GHz Wi-Fi at the standard 20 MHz width. In your "
        "router's settings set the 2.4 GHz channel width (or bandwidth) to 20 MHz, then save."
    ),
    "guessed_firewall": (
        "A filter like that could do it, once {product} is on your Wi-Fi (its light then blinks light blue, "
        "sometimes with orange flashes): something between it and our servers is blocking it. Let {product} "
        "through in that filter (or turn the filter off for it); our support team can give you the exact setting."
    ),
    # Set-up mode is the dark blue blink, reached by holding MODE/SETUP about 3 seconds; about 10 seconds clears the
    # saved Wi-Fi (docs/particle-facts.md 1; Particle's own wording: "hold the MODE button for three seconds ... 10
    # seconds until the RGB LED flashes blue quickly", github.com/particle-iot-archived/docs-old/pull/197). explore11's
    # n05 was told about the scanner app instead.
    "aside_setup_mode": (
        "To put {product} in set-up mode, press and hold its small MODE button (called SETUP on some units) for about "
        "3 seconds, until the light blinks dark blue, then let go. Then run the Wi-Fi setup in our app. Holding it 10 "
        "seconds or more erases the Wi-Fi details it has saved."
    ),
    # After the phone-hotspot test (explore11's n07: "can I plug my router back in now or what" went unanswered).
    "router_back_on": (
        "Yes, you can plug your router back in and turn off your phone's hotspot now: the test is done, and "
        "everything on your Wi-Fi reconnects by itself within a few minutes."
    ),
    "router_back_passed": (
        "Change your phone's name back too, if you changed it for the test. Once the hotspot is off, {product} may go "
        "offline again until your home Wi-Fi is sorted; our support team will help you with that."
    ),
    "router_back_handoff": (
        "If you unplugged your router for the test, you can plug it back in now and turn off your phone's hotspot: "
        "everything on your Wi-Fi reconnects by itself within a few minutes."
    ),
    "change_is_why": "Yes, that's very likely why.",
    # The app's Wi-Fi list without the customer's network (explore11's n06 was asked to set it up again, three times):
    # the unit can't see that Wi-Fi (2.4 GHz only but the P2 and Photon 2, docs/particle-facts.md 2; distance; a
    # hidden name), so the Wi-Fi checks come next, where the scan spots the band or channel.
    "resetup_not_listed": (
        "Thanks, that's a useful clue: if our app's list doesn't show your Wi-Fi, {product} can't see it either. "
        "Usually that's because it only uses 2.4 GHz Wi-Fi and your router's is off or only on 5 GHz, or it's too far "
        "from the router, or the Wi-Fi's name is hidden. Let's check your Wi-Fi itself next."
    ),
    "resetup_not_listed_dual": (
        "Thanks, that's a useful clue: if our app's list doesn't show your Wi-Fi, {product} can't see it either. "
        "Usually that's because it's too far from the router, or the Wi-Fi's name is hidden. Let's check your Wi-Fi "
        "itself next."
    ),
    "guessed_new_router": (
        "You shouldn't need a new router: {product} needs 2.4 GHz Wi-Fi, and almost every home router has it, even when "
        "it's switched off in the settings. These checks find what's stopping it, and I'll tell you if the router "
        "itself turns out to be the problem."
    ),
    # docs/particle-facts.md 1.2: a blink that restarts, repeating, on a weak USB supply is a brown-out reboot.
    # Band steering (docs/particle-facts.md 4, causes 2 and 19): the 2.4 GHz-only units can be pushed off; the P2 and
    # Photon 2 use both bands.
    "guessed_band_steering": (
        "Band steering (also called Smart Connect) may well be it: it shows both bands under one name, and {product} "
        "only uses 2.4 GHz. Turning it off, or giving the 2.4 GHz Wi-Fi its own name, often fixes it (in your "
        "router's app or settings page)."
    ),
    "guessed_band_steering_dual": (
        "Probably not: {product} can use both 2.4 GHz and 5 GHz, so band steering shouldn't keep it off your Wi-Fi."
    ),
    "guessed_power": (
        "That could well be it: an old or weak charger (under 1 A), or a long thin USB cable, may not give {product} "
        "enough power when its Wi-Fi starts, so it restarts over and over. Try a phone charger of 1 A or more with a "
        "short cable, plugged straight into the wall."
    ),
    "guessed_mac_filter": (
        "An approved-devices list could do it: if your router only lets the devices on it in, {product} has to be "
        "added to that list by its Wi-Fi address (MAC): {mac}."
    ),
    "guessed_enterprise": (
        "{product} can't join a Wi-Fi that asks for a username as well as a password (WPA2-Enterprise or "
        "802.1X, common at offices and schools). Ask whoever runs it for a separate password-only Wi-Fi (WPA2-"
        "Personal) on 2.4 GHz for devices like this, then set {product} up on that."
    ),
    "name_chars_told": (
        "That matters: {product} can't join a Wi-Fi whose name has an emoji, a curly apostrophe or other special "
        "characters. In your router's settings (its app, or the web address on its sticker), change the name to "
        "plain letters and numbers. Then set up {product} again in our app on the new name."
    ),
    "hidden_told": (
        "That matters: {product} may not find a Wi-Fi whose name is hidden. In your router's settings (its app, or "
        "the web address on its sticker), make the name visible: turn off 'Hide SSID' or turn on 'SSID broadcast'. "
        "Then set up {product} again in our app."
    ),
    "weak_told": (
        "That matters: a weak signal where {product} is can stop it connecting. If you can, move it closer to the "
        "router (or the router closer to it) for now; a Wi-Fi extender near it helps for good."
    ),
    "weak_told_hotspot": (
        "That matters: a weak signal where {product} is (one or two bars on your phone, standing next to it) can stop "
        "it joining your Wi-Fi. Moving it closer to the router, or a Wi-Fi extender near it, helps. The hotspot test still shows "
        "whether your Wi-Fi is the problem: keep your phone right next to {product} for it."
    ),
    # Asked beside an answer (rules/side_asks.py; the ninth blind exploratory test's n11, n12/n16, n04 and n21).
    "extender_advice": (
        "Any Wi-Fi extender or mesh point that offers 2.4 GHz Wi-Fi will do; no special brand is needed. Put it about "
        "halfway between the router and {product}, where your phone still shows good Wi-Fi. If it makes a Wi-Fi with "
        "a new name, set up {product} again in our app on that name.{antenna}"
    ),
    # "should I move the nest point closer?" (explore11's n10; docs/particle-facts.md 2: about -70 dBm, one or two bars
    # on a phone, is already weak).
    "move_closer_advice": (
        "Distance matters: a router or mesh point a room or two from {product}, with few walls between, gives it a "
        "better signal, so moving one closer can help. Check your phone's Wi-Fi bars next to {product}: one or two "
        "bars is too weak."
    ),
    "hotspot_mesh_all": (
        "For the test, unplug every point of your mesh Wi-Fi, the main one and all the others: any one left on keeps "
        "your Wi-Fi's name on the air, and {product} joins it instead of your phone. Plug them all back in after."
    ),
    "portal_hotspot": (
        "Yes: your phone's hotspot has no sign-in page, so {product} can use it. Turn the hotspot on, then set up "
        "{product} again in our app and pick the hotspot's name. It stays online while the hotspot is on."
    ),
    "password_right_sometimes": (
        "Then the password is right: a unit that connects even now and then has the right one. Dropping in and out "
        "usually comes from the Wi-Fi where it sits, so let's look at that."
    ),
    # It worked until lately (explore11's n16): the password was right; a sudden stop is usually a change.
    "password_right_worked": (
        "Then the password was right: it worked before. When a unit stops suddenly, something usually changed, like a "
        "new router, a new Wi-Fi password or a power cut. If anything like that happened, tell me; if not, let's look "
        "at your Wi-Fi."
    ),
    "with_support_urgent": (
        "I understand this can't wait, and your message is with our support team now. One thing is worth trying "
        "meanwhile: unplug {product} for 10 seconds, then plug it back in as close to the router as you can."
    ),
    "hotspot_no_unplug": "No need to unplug it, then: we'll do the test another way.",
    "confirm_hedged": "No rush: take one more look. Is {name}'s light slowly pulsing light blue now?",
    "goodbye_offer": (
        "OK, let's stop here. Nothing is lost: message me any time and we'll carry on where we left off. If you'd "
        "like our support team to look at it, just say \"talk to a person\"."
    ),
    # Why a question matters, asked at it ("why does that matter?", "what does the light have to do with it?"):
    # its reason, then the question again (explore9's n16 got the question again with no reason).
    "why_light": (
        "The light is {product}'s own report: blinking green means it can't join your Wi-Fi, light blue that it "
        "can't reach our servers, dark blue that it is waiting to be set up. So it tells me which checks come next."
    ),
    "why_password": (
        "A wrong Wi-Fi password is the most common reason a unit can't join, and the router's own login or our "
        "app's password are easy to mix up with it. So it's worth making sure first."
    ),
    "why_network": (
        "{product} only joins the exact name it was set up with, and some Wi-Fi names are ones it can't use (a "
        "public one with a sign-in page, or on some units a 5 GHz one). The name tells me which yours is."
    ),
    "why_scan": (
        "The scanner shows what {product} sees where it stands: whether your Wi-Fi offers 2.4 GHz, how strong the "
        "signal is there, and settings it can't use. It's optional, so you can skip it."
    ),
    "why_router": (
        "Some router settings stop small devices like {product} from joining while phones and laptops work fine. "
        "Each of these questions rules one of them out."
    ),
    # The red SOS back after the unplug (explore11's n18): the unit's own fault, so no Wi-Fi test (docs/particle-facts.md
    # 1: the SOS pattern is the unit's software stopping on an error).
    "sos_again_handoff": (
        "It stopped on an error again after the restart, so the fault is in the unit itself, not your Wi-Fi: there's "
        "no need to test your Wi-Fi or unplug your router. I'm passing everything we found to our support team; they "
        "will look into it (for example by reinstalling its software) and contact you here."
    ),
    # Breathing white back after the unplug (explore11's n13; docs/particle-facts.md 1.1: its program switched the
    # Wi-Fi off).
    "white_again_handoff": (
        "Still slowly fading white after the restart, so the unit's own program is keeping its Wi-Fi off: that's a "
        "software matter, not your Wi-Fi or its charger. I'm passing everything we found to our support team; they "
        "will contact you here."
    ),
    # "is it broken?" about a unit online in safe mode (explore11's n19; docs/particle-facts.md 1: breathing magenta,
    # online with its own program not running, usually healed by the update).
    "aside_is_broken_safe_mode": (
        "No, it isn't broken, and your Wi-Fi is fine: our system shows it online. It's in safe mode, which usually "
        "means an update is finishing. Leave it plugged in for 5 minutes; if it stays like that for hours, our "
        "support team can send the update again."
    ),
    # No band setting on the phone's hotspot (explore11's n10; docs/particle-facts.md 5: Samsung "Band", others "AP
    # band", Pixel "Extend compatibility"; menu names vary).
    "hotspot_aside_no_band": (
        "That's OK: some phones call it \"Extend compatibility\" or \"AP band\", and some have no such setting. If you "
        "can't find one, try the test as it is: if {product} connects, the band was fine."
    ),
    "hotspot_aside_no_band_dual": "That's OK: {product} can use 2.4 GHz or 5 GHz, so the band doesn't matter for it.",
    # "anything I can try in the meantime?" once support has the case (explore11's n15).
    "resume_meanwhile": (
        "Yes, there's a lot we can check together while you wait. Your case stays open with our support team too."
    ),
    # A time to call said with the contact (explore11's n24): kept on the case beside it (the web's in copy_web.py).
    "contact_kept_when": (
        "Thanks, I've added {contact} to your case so support can reach you, and told them when suits you: \"{when}\"."
    ),
    # Set up on the 5 GHz Wi-Fi, told at a later question (explore12's n11); the web's in copy_web.py.
    "resetup_band_told": (
        "Yes, that's very likely it: {product} can only use 2.4 GHz Wi-Fi, so it can't join the 5G one. Please set up "
        "{product} again in our app and pick your Wi-Fi's name without \"5G\" this time. Reply DONE when you have tried."
    ),
    "resetup_band_told_waiting": "Reply DONE once you've run the setup again on the Wi-Fi name without \"5G\".",
    # A weak signal told about a cellular unit: the mobile network's, never the router's (explore12's n06).
    "weak_told_cellular": (
        "That matters: a weak mobile signal where {product} is can stop it connecting. If you can, move it somewhere "
        "your phone gets better signal (higher up or more in the open helps), and I'll tell you here if it connects."
    ),
    # Which password for the hotspot (explore12's n03): whatever the unit has saved, or the test's built-in one.
    "hotspot_aside_which_password_test": (
        "Use exactly the name and password in the steps above: they're built into {product}, whatever your Wi-Fi's "
        "password is."
    ),
    "hotspot_aside_which_password_old": (
        "The old one: {product} still has your old Wi-Fi's name and password saved, so the hotspot copies those. If "
        "you don't remember them, tell me and we'll set {product} up again with the new password instead."
    ),
    "hotspot_aside_which_password_home": (
        "Your Wi-Fi's password as it is now (the new one, if it changed and you set {product} up again with it): the "
        "hotspot copies your home Wi-Fi's name and password exactly."
    ),
    # "Should I leave it plugged in meanwhile?" once support has the case (explore12's n08).
    "with_support_leave_plugged": (
        "Leave it plugged in: {product} keeps trying by itself and connects on its own once the problem is fixed, and "
        "I'll tell you here when our system sees it online."
    ),
    # Red said at the orange count (explore11's n23; docs/particle-facts.md 1.2): alike on the small light.
    "count_red_is_orange": "Thanks: red and orange look much alike on this small light, so that's fine.",
    "count_red_is_orange_ask": (
        "Thanks: red and orange look much alike on this small light, so that's fine. How many of those flashes in a "
        "row do you see each time? (1, 2 or 3)"
    ),
    # The light not seen while our system sees the unit online in safe mode (explore11's n19).
    "safe_mode_unseen_handoff": (
        "No need to look: our system sees {product} online but still in safe mode, so your Wi-Fi is fine. Its "
        "program needs our support team (they can send its update again), so I'm passing this to them. If it starts "
        "working by itself in the meantime, just tell me here."
    ),
}
ASK_TEXT.update(ASKED_TEXT)
# Said after extender_advice for an Argon: its Wi-Fi needs the external antenna (docs/particle-facts.md 2).
ANTENNA_NOTE = " Also check its small antenna is plugged in firmly."

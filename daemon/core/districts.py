"""Rajasthan's districts: the one table of their names, English and Hindi (and of the abolished ones)."""

# The 41 districts since 28 Dec 2024, (English, Hindi), in English alphabetical order.
NAMES: tuple[tuple[str, str], ...] = (
    ("Ajmer", "अजमेर"), ("Alwar", "अलवर"), ("Balotra", "बालोतरा"), ("Banswara", "बांसवाड़ा"),
    ("Baran", "बारां"), ("Barmer", "बाड़मेर"), ("Beawar", "ब्यावर"), ("Bharatpur", "भरतपुर"),
    ("Bhilwara", "भीलवाड़ा"), ("Bikaner", "बीकानेर"), ("Bundi", "बूंदी"), ("Chittorgarh", "चित्तौड़गढ़"),
    ("Churu", "चूरू"), ("Dausa", "दौसा"), ("Deeg", "डीग"), ("Dholpur", "धौलपुर"),
    ("Didwana-Kuchaman", "डीडवाना-कुचामन"), ("Dungarpur", "डूंगरपुर"), ("Hanumangarh", "हनुमानगढ़"),
    ("Jaipur", "जयपुर"), ("Jaisalmer", "जैसलमेर"), ("Jalore", "जालौर"), ("Jhalawar", "झालावाड़"),
    ("Jhunjhunu", "झुंझुनू"), ("Jodhpur", "जोधपुर"), ("Karauli", "करौली"), ("Khairthal-Tijara", "खैरथल-तिजारा"),
    ("Kota", "कोटा"), ("Kotputli-Behror", "कोटपूतली-बहरोड़"), ("Nagaur", "नागौर"), ("Pali", "पाली"),
    ("Phalodi", "फलोदी"), ("Pratapgarh", "प्रतापगढ़"), ("Rajsamand", "राजसमंद"), ("Salumbar", "सलूम्बर"),
    ("Sawai Madhopur", "सवाई माधोपुर"), ("Sikar", "सीकर"), ("Sirohi", "सिरोही"), ("Sri Ganganagar", "श्री गंगानगर"),
    ("Tonk", "टोंक"), ("Udaipur", "उदयपुर"),
)
DISTRICTS: tuple[str, ...] = tuple(english for english, _ in NAMES)

# Created in 2023, abolished 28 Dec 2024: their names still appear in profiles and addresses.
# Each maps to the surviving district that took its headquarters town.
ABOLISHED: dict[str, str] = {
    "Dudu": "Jaipur", "Kekri": "Ajmer", "Shahpura": "Bhilwara", "Neem-ka-Thana": "Sikar",
    "Gangapur City": "Sawai Madhopur", "Jaipur Rural": "Jaipur", "Jodhpur Rural": "Jodhpur",
    "Anupgarh": "Sri Ganganagar", "Sanchore": "Jalore",
}

"""Rajasthan's districts: the one table of their names (and of the abolished ones)."""

# The 41 districts since 28 Dec 2024.
DISTRICTS: tuple[str, ...] = (
    "Ajmer", "Alwar", "Banswara", "Baran", "Barmer", "Bharatpur", "Bhilwara", "Bikaner", "Bundi",
    "Chittorgarh", "Churu", "Dausa", "Dholpur", "Dungarpur", "Hanumangarh", "Jaipur", "Jaisalmer",
    "Jalore", "Jhalawar", "Jhunjhunu", "Jodhpur", "Karauli", "Kota", "Nagaur", "Pali", "Pratapgarh",
    "Rajsamand", "Sawai Madhopur", "Sikar", "Sirohi", "Sri Ganganagar", "Tonk", "Udaipur", "Balotra",
    "Beawar", "Deeg", "Didwana-Kuchaman", "Kotputli-Behror", "Khairthal-Tijara", "Phalodi", "Salumbar",
)

# Created in 2023, abolished 28 Dec 2024: their names still appear in profiles and addresses.
# Each maps to the surviving district that took its headquarters town.
ABOLISHED: dict[str, str] = {
    "Dudu": "Jaipur", "Kekri": "Ajmer", "Shahpura": "Bhilwara", "Neem-ka-Thana": "Sikar",
    "Gangapur City": "Sawai Madhopur", "Jaipur Rural": "Jaipur", "Jodhpur Rural": "Jodhpur",
    "Anupgarh": "Sri Ganganagar", "Sanchore": "Jalore",
}

# -*- coding: utf-8 -*-
"""Hand-written building blocks for the Lifeline reader corpus.

Everything here is fictional except place names (real Rajasthan towns, tehsils and
localities) and platform / helpline facts.  Place -> district facts are written from the
author's own knowledge of the Rajasthan district map as it stands after the 28 Dec 2024
reorganisation (41 districts; the 2023 districts Anupgarh, Dudu, Gangapur City, Jaipur
Rural, Jodhpur Rural, Kekri, Neem Ka Thana, Sanchore and Shahpura abolished and their
areas returned to the parent districts).  Less obvious entries carry a comment.

police_district is only asserted where the author is confident (a few Jaipur / Jodhpur
commissionerate thanas, Bhiwadi, clear rural-SP towns, railway stations -> GRP);
otherwise it is None ("not asserted").
"""

DISTRICTS = [
    "Ajmer", "Alwar", "Balotra", "Banswara", "Baran", "Barmer", "Beawar", "Bharatpur",
    "Bhilwara", "Bikaner", "Bundi", "Chittorgarh", "Churu", "Dausa", "Deeg", "Dholpur",
    "Didwana-Kuchaman", "Dungarpur", "Hanumangarh", "Jaipur", "Jaisalmer", "Jalore",
    "Jhalawar", "Jhunjhunu", "Jodhpur", "Karauli", "Khairthal-Tijara", "Kota",
    "Kotputli-Behror", "Nagaur", "Pali", "Phalodi", "Pratapgarh", "Rajsamand", "Salumbar",
    "Sawai Madhopur", "Sikar", "Sirohi", "Sri Ganganagar", "Tonk", "Udaipur",
]
assert len(DISTRICTS) == 41

POLICE_DISTRICTS = [
    "Jaipur Commissionerate", "Jaipur East", "Jaipur West", "Jaipur North", "Jaipur South",
    "Jaipur Rural", "Jodhpur Commissionerate", "Jodhpur East", "Jodhpur West",
    "Jodhpur Rural", "Kota City", "Kota Rural", "Bhiwadi", "GRP Jodhpur", "GRP Ajmer",
] + DISTRICTS

# (place_id, written form, district, police_district, kind)
# kind: town | locality | tehsil | village | pin | hindi | old_district | abolished |
#       misspelt | railway
# A place_id is one real place; several written forms may share it.
PLACES = [
    # ---------------- Ajmer
    ("ajmer", "Ajmer", "Ajmer", None, "town"),
    ("ajmer", "Ajmer, Rajasthan 305001", "Ajmer", None, "town"),
    ("ajmer", "अजमेर", "Ajmer", None, "hindi"),
    ("ajmer_vaishali", "Vaishali Nagar, Ajmer", "Ajmer", None, "locality"),  # Ajmer has its own Vaishali Nagar
    ("kishangarh_ajm", "Madanganj-Kishangarh, Ajmer", "Ajmer", None, "town"),
    ("kishangarh_ajm", "305801", "Ajmer", None, "pin"),  # Kishangarh PIN
    ("kishangarh_ajm", "किशनगढ़, अजमेर", "Ajmer", None, "hindi"),
    ("pushkar", "Pushkar", "Ajmer", None, "town"),
    ("pushkar", "Pushkar, Ajmer 305022", "Ajmer", None, "town"),
    ("nasirabad", "Nasirabad, Ajmer", "Ajmer", None, "town"),
    ("kekri", "Kekri, Rajasthan 305404", "Ajmer", None, "abolished"),  # Kekri district 2023-24, back in Ajmer
    ("sarwar", "Sarwar, Kekri", "Ajmer", None, "abolished"),  # Sarwar was in Kekri district, now Ajmer
    ("bhinay", "Bhinay, Ajmer", "Ajmer", None, "tehsil"),
    ("ajmer_jn", "Ajmer Junction railway station", "Ajmer", "GRP Ajmer", "railway"),
    ("pisangan", "ग्राम खेड़ा, तहसील पीसांगन, जिला अजमेर", "Ajmer", None, "hindi"),
    # ---------------- Alwar
    ("alwar", "Alwar", "Alwar", None, "town"),
    ("alwar", "301001", "Alwar", None, "pin"),
    ("alwar", "अलवर", "Alwar", None, "hindi"),
    ("rajgarh_alw", "Rajgarh, Alwar", "Alwar", None, "tehsil"),
    ("rajgarh_alw", "राजगढ़, जिला अलवर", "Alwar", None, "hindi"),
    ("thanagazi", "Thanagazi, Alwar", "Alwar", None, "tehsil"),
    ("laxmangarh_alw", "Laxmangarh (Alwar)", "Alwar", None, "tehsil"),
    ("malakhera", "Malakhera, Alwar", "Alwar", None, "tehsil"),
    ("kathumar", "Kathumar", "Alwar", None, "tehsil"),
    ("alwar_jn", "Alwar Junction railway station", "Alwar", "GRP Ajmer", "railway"),
    # ---------------- Balotra (new district 2023, kept in 2024)
    ("balotra", "Balotra", "Balotra", None, "town"),
    ("balotra", "Balotra, Barmer", "Balotra", None, "old_district"),
    ("balotra", "344022", "Balotra", None, "pin"),
    ("balotra", "बालोतरा", "Balotra", None, "hindi"),
    ("pachpadra", "Pachpadra", "Balotra", None, "tehsil"),
    ("siwana", "Siwana, Barmer", "Balotra", None, "old_district"),  # Siwana went from Barmer to Balotra
    ("siwana", "Siwana, Balotra", "Balotra", None, "tehsil"),
    ("jasol", "Jasol, Balotra", "Balotra", None, "town"),
    ("samdari", "Samdari", "Balotra", None, "tehsil"),
    # ---------------- Banswara
    ("banswara", "Banswara", "Banswara", None, "town"),
    ("banswara", "Banswada", "Banswara", None, "misspelt"),
    ("banswara", "327001", "Banswara", None, "pin"),
    ("banswara", "बांसवाड़ा", "Banswara", None, "hindi"),
    ("kushalgarh", "Kushalgarh, Banswara", "Banswara", None, "tehsil"),
    ("bagidora", "Bagidora", "Banswara", None, "tehsil"),
    ("ghatol", "Ghatol, Banswara", "Banswara", None, "tehsil"),
    ("garhi", "Garhi, Banswara", "Banswara", None, "tehsil"),
    # ---------------- Baran
    ("baran", "Baran", "Baran", None, "town"),
    ("baran", "Baran, Rajasthan 325205", "Baran", None, "town"),
    ("baran", "बारां", "Baran", None, "hindi"),
    ("chhabra", "Chhabra", "Baran", None, "tehsil"),
    ("atru", "Atru, Baran", "Baran", None, "tehsil"),
    ("shahabad_brn", "Shahabad, Baran", "Baran", None, "tehsil"),
    ("anta", "Anta, Baran", "Baran", None, "tehsil"),
    ("kishanganj_brn", "Kishanganj, Baran", "Baran", None, "tehsil"),  # the Baran one, not Bihar's
    # ---------------- Barmer
    ("barmer", "Barmer", "Barmer", None, "town"),
    ("barmer", "Badmer", "Barmer", None, "misspelt"),
    ("barmer", "344001", "Barmer", None, "pin"),
    ("barmer", "बाड़मेर", "Barmer", None, "hindi"),
    ("chohtan", "Chohtan", "Barmer", None, "tehsil"),
    ("sheo", "Sheo, Barmer", "Barmer", None, "tehsil"),
    ("gudamalani", "Gudamalani", "Barmer", None, "tehsil"),
    ("dhorimana", "Dhorimana, Barmer", "Barmer", None, "tehsil"),
    ("ramsar_bmr", "Ramsar, Barmer", "Barmer", None, "tehsil"),
    ("barmer_rly", "Barmer railway station", "Barmer", "GRP Jodhpur", "railway"),
    # ---------------- Beawar (new district 2023, kept in 2024)
    ("beawar", "Beawar", "Beawar", None, "town"),
    ("beawar", "Beawar, Ajmer", "Beawar", None, "old_district"),
    ("beawar", "305901", "Beawar", None, "pin"),
    ("beawar", "ब्यावर", "Beawar", None, "hindi"),
    ("masuda", "Masuda", "Beawar", None, "tehsil"),
    ("jaitaran", "Jaitaran, Pali", "Beawar", None, "old_district"),  # Jaitaran moved Pali -> Beawar in 2023
    ("jaitaran", "जैतारण, ब्यावर", "Beawar", None, "hindi"),
    ("bijainagar", "Bijainagar, Ajmer", "Beawar", None, "old_district"),  # Vijaynagar/Bijainagar moved Ajmer -> Beawar
    # ---------------- Bharatpur
    ("bharatpur", "Bharatpur", "Bharatpur", None, "town"),
    ("bharatpur", "321001", "Bharatpur", None, "pin"),
    ("bharatpur", "भरतपुर", "Bharatpur", None, "hindi"),
    ("bayana", "Bayana", "Bharatpur", None, "tehsil"),
    ("bayana", "बयाना, भरतपुर", "Bharatpur", None, "hindi"),
    ("rupbas", "Rupbas, Bharatpur", "Bharatpur", None, "tehsil"),
    ("weir", "Weir, Bharatpur", "Bharatpur", None, "tehsil"),
    ("bhusawar", "Bhusawar", "Bharatpur", None, "tehsil"),
    ("bharatpur_jn", "Bharatpur Junction railway station", "Bharatpur", "GRP Ajmer", "railway"),
    # ---------------- Bhilwara
    ("bhilwara", "Bhilwara", "Bhilwara", None, "town"),
    ("bhilwara", "Bhilwada", "Bhilwara", None, "misspelt"),
    ("bhilwara", "311001", "Bhilwara", None, "pin"),
    ("bhilwara", "भीलवाड़ा", "Bhilwara", None, "hindi"),
    ("shahpura_bhl", "Shahpura, Bhilwara", "Bhilwara", None, "town"),
    ("shahpura_bhl", "Shahpura (Distt. Shahpura) 311404", "Bhilwara", None, "abolished"),  # Shahpura district abolished -> Bhilwara
    ("gangapur_bhl", "Gangapur, Bhilwara", "Bhilwara", None, "tehsil"),  # not Gangapur City (Sawai Madhopur)
    ("asind", "Asind", "Bhilwara", None, "tehsil"),
    ("mandalgarh", "Mandalgarh, Bhilwara", "Bhilwara", None, "tehsil"),
    ("gulabpura", "Gulabpura", "Bhilwara", None, "town"),
    ("jahazpur", "Jahazpur, Shahpura", "Bhilwara", None, "abolished"),  # Jahazpur was in Shahpura district 2023-24
    # ---------------- Bikaner
    ("bikaner", "Bikaner", "Bikaner", None, "town"),
    ("bikaner", "Bikaneer", "Bikaner", None, "misspelt"),
    ("bikaner", "334001", "Bikaner", None, "pin"),
    ("bikaner", "बीकानेर", "Bikaner", None, "hindi"),
    ("nokha", "Nokha, Bikaner", "Bikaner", None, "tehsil"),
    ("kolayat", "Kolayat", "Bikaner", None, "tehsil"),
    ("lunkaransar", "Lunkaransar", "Bikaner", None, "tehsil"),
    ("dungargarh", "Sri Dungargarh, Bikaner", "Bikaner", None, "tehsil"),
    ("khajuwala", "Khajuwala, Anupgarh", "Bikaner", None, "abolished"),  # Khajuwala went to Anupgarh in 2023 and back to Bikaner in 2024
    ("deshnoke", "Deshnoke", "Bikaner", None, "town"),
    ("bikaner_jn", "Bikaner Junction railway station", "Bikaner", "GRP Jodhpur", "railway"),
    # ---------------- Bundi
    ("bundi", "Bundi", "Bundi", None, "town"),
    ("bundi", "323001", "Bundi", None, "pin"),
    ("bundi", "बूंदी", "Bundi", None, "hindi"),
    ("hindoli", "Hindoli, Bundi", "Bundi", None, "tehsil"),
    ("nainwa", "Nainwa", "Bundi", None, "tehsil"),
    ("nainwa", "ग्राम रामपुरा, तहसील नैनवां, जिला बूंदी", "Bundi", None, "hindi"),
    ("keshoraipatan", "Keshoraipatan", "Bundi", None, "tehsil"),
    ("lakheri", "Lakheri, Bundi", "Bundi", None, "town"),
    ("talera", "Vill. Dabi, Teh. Talera, Distt. Bundi", "Bundi", None, "village"),
    # ---------------- Chittorgarh
    ("chittorgarh", "Chittorgarh", "Chittorgarh", None, "town"),
    ("chittorgarh", "Chittor", "Chittorgarh", None, "misspelt"),
    ("chittorgarh", "312001", "Chittorgarh", None, "pin"),
    ("chittorgarh", "चित्तौड़गढ़", "Chittorgarh", None, "hindi"),
    ("nimbahera", "Nimbahera", "Chittorgarh", None, "town"),
    ("nimbahera", "निम्बाहेड़ा, चित्तौड़गढ़", "Chittorgarh", None, "hindi"),
    ("begun", "Begun, Chittorgarh", "Chittorgarh", None, "tehsil"),
    ("kapasan", "Kapasan", "Chittorgarh", None, "tehsil"),
    ("rawatbhata", "Rawatbhata, Chittorgarh", "Chittorgarh", None, "town"),
    ("bari_sadri", "Bari Sadri", "Chittorgarh", None, "tehsil"),
    ("chittorgarh_jn", "Chittorgarh Junction railway station", "Chittorgarh", "GRP Ajmer", "railway"),
    # ---------------- Churu
    ("churu", "Churu", "Churu", None, "town"),
    ("churu", "331001", "Churu", None, "pin"),
    ("churu", "चूरू", "Churu", None, "hindi"),
    ("sardarshahar", "Sardarshahar", "Churu", None, "town"),
    ("sardarshahar", "सरदारशहर, चूरू", "Churu", None, "hindi"),
    ("ratangarh", "Ratangarh, Churu", "Churu", None, "town"),
    ("sujangarh", "Sujangarh", "Churu", None, "town"),
    ("taranagar", "Taranagar, Churu", "Churu", None, "tehsil"),
    ("sadulpur", "Sadulpur (Rajgarh), Churu", "Churu", None, "town"),
    # ---------------- Dausa
    ("dausa", "Dausa", "Dausa", None, "town"),
    ("dausa", "303303", "Dausa", None, "pin"),
    ("dausa", "दौसा", "Dausa", None, "hindi"),
    ("bandikui", "Bandikui, Dausa", "Dausa", None, "town"),
    ("lalsot", "Lalsot", "Dausa", None, "tehsil"),
    ("sikrai", "Sikrai, Dausa", "Dausa", None, "tehsil"),
    ("mahwa", "Mahwa", "Dausa", None, "tehsil"),
    ("baswa", "Baswa, Dausa", "Dausa", None, "tehsil"),
    ("bandikui_jn", "Bandikui Junction railway station", "Dausa", "GRP Ajmer", "railway"),
    # ---------------- Deeg (new district 2023, kept in 2024)
    ("deeg", "Deeg", "Deeg", None, "town"),
    ("deeg", "Deeg, Bharatpur", "Deeg", None, "old_district"),
    ("deeg", "321203", "Deeg", None, "pin"),
    ("deeg", "डीग", "Deeg", None, "hindi"),
    ("kaman", "Kaman, Bharatpur", "Deeg", None, "old_district"),  # Kaman moved Bharatpur -> Deeg
    ("kaman", "कामां, डीग", "Deeg", None, "hindi"),
    ("kumher", "Kumher, Bharatpur", "Deeg", None, "old_district"),  # Kumher moved Bharatpur -> Deeg
    # ---------------- Dholpur
    ("dholpur", "Dholpur", "Dholpur", None, "town"),
    ("dholpur", "Dhaulpur", "Dholpur", None, "misspelt"),
    ("dholpur", "328001", "Dholpur", None, "pin"),
    ("dholpur", "धौलपुर", "Dholpur", None, "hindi"),
    ("bari_dhl", "Bari, Dholpur", "Dholpur", None, "town"),
    ("rajakhera", "Rajakhera", "Dholpur", None, "tehsil"),
    ("baseri", "Baseri, Dholpur", "Dholpur", None, "tehsil"),
    ("saipau", "Saipau", "Dholpur", None, "tehsil"),
    # ---------------- Didwana-Kuchaman (new district 2023, kept in 2024)
    ("didwana", "Didwana", "Didwana-Kuchaman", None, "town"),
    ("didwana", "Didwana, Nagaur", "Didwana-Kuchaman", None, "old_district"),
    ("didwana", "341303", "Didwana-Kuchaman", None, "pin"),
    ("kuchaman", "Kuchaman City, Nagaur", "Didwana-Kuchaman", None, "old_district"),
    ("kuchaman", "Kuchaman City 341508", "Didwana-Kuchaman", None, "town"),
    ("kuchaman", "कुचामन सिटी, नागौर", "Didwana-Kuchaman", None, "hindi"),  # old district in Hindi
    ("ladnun", "Ladnun, Nagaur", "Didwana-Kuchaman", None, "old_district"),  # Ladnun moved Nagaur -> Didwana-Kuchaman
    ("makrana", "Makrana", "Didwana-Kuchaman", None, "town"),  # Makrana moved Nagaur -> Didwana-Kuchaman
    ("nawa", "Nawa City", "Didwana-Kuchaman", None, "town"),
    ("parbatsar", "Parbatsar, Nagaur", "Didwana-Kuchaman", None, "old_district"),
    # ---------------- Dungarpur
    ("dungarpur", "Dungarpur", "Dungarpur", None, "town"),
    ("dungarpur", "314001", "Dungarpur", None, "pin"),
    ("dungarpur", "डूंगरपुर", "Dungarpur", None, "hindi"),
    ("sagwara", "Sagwara", "Dungarpur", None, "town"),
    ("sagwara", "सागवाड़ा, डूंगरपुर", "Dungarpur", None, "hindi"),
    ("aspur", "Aspur, Dungarpur", "Dungarpur", None, "tehsil"),
    ("simalwara", "Simalwara", "Dungarpur", None, "tehsil"),
    ("bichhiwara", "Bichhiwara, Dungarpur", "Dungarpur", None, "tehsil"),
    # ---------------- Hanumangarh
    ("hanumangarh", "Hanumangarh Junction", "Hanumangarh", None, "town"),
    ("hanumangarh", "Hanumangarh Town 335513", "Hanumangarh", None, "town"),
    ("hanumangarh", "हनुमानगढ़", "Hanumangarh", None, "hindi"),
    ("hanumangarh", "Hanumangad", "Hanumangarh", None, "misspelt"),
    ("nohar", "Nohar", "Hanumangarh", None, "town"),
    ("bhadra", "Bhadra, Hanumangarh", "Hanumangarh", None, "town"),
    ("pilibanga", "Pilibanga", "Hanumangarh", None, "town"),
    ("rawatsar", "Rawatsar, Hanumangarh", "Hanumangarh", None, "tehsil"),
    ("sangaria", "Sangaria", "Hanumangarh", None, "town"),
    ("tibbi", "Tibbi, Hanumangarh", "Hanumangarh", None, "tehsil"),
    # ---------------- Jaipur (commissionerate localities; DCP districts only where sure)
    ("jaipur", "Jaipur", "Jaipur", None, "town"),
    ("jaipur", "Jaipur, Rajasthan, India", "Jaipur", None, "town"),
    ("jaipur", "जयपुर", "Jaipur", None, "hindi"),
    ("malviya_nagar", "Malviya Nagar, Jaipur", "Jaipur", None, "locality"),
    ("malviya_nagar", "302017", "Jaipur", None, "pin"),
    ("malviya_nagar", "मालवीय नगर, जयपुर", "Jaipur", None, "hindi"),
    ("vaishali_jpr", "Vaishali Nagar, Jaipur", "Jaipur", "Jaipur West", "locality"),
    ("vaishali_jpr", "Vaishali Nagar, Jaipur 302021", "Jaipur", "Jaipur West", "locality"),
    ("mansarovar", "Mansarovar, Jaipur", "Jaipur", "Jaipur South", "locality"),
    ("mansarovar", "मानसरोवर, जयपुर", "Jaipur", "Jaipur South", "hindi"),
    ("sanganer", "Sanganer, Jaipur", "Jaipur", "Jaipur South", "locality"),
    ("jhotwara", "Jhotwara, Jaipur", "Jaipur", "Jaipur West", "locality"),
    ("jhotwara", "झोटवाड़ा, जयपुर", "Jaipur", "Jaipur West", "hindi"),
    ("vidhyadhar", "Vidhyadhar Nagar, Jaipur", "Jaipur", None, "locality"),
    ("adarsh_jpr", "Adarsh Nagar, Jaipur", "Jaipur", "Jaipur East", "locality"),
    ("jawahar_jpr", "Jawahar Nagar, Jaipur", "Jaipur", "Jaipur East", "locality"),
    ("bani_park", "Bani Park, Jaipur", "Jaipur", None, "locality"),
    ("amer", "Amer, Jaipur", "Jaipur", "Jaipur North", "locality"),
    ("amer", "आमेर, जयपुर", "Jaipur", "Jaipur North", "hindi"),
    ("ramganj_jpr", "Ramganj, Jaipur", "Jaipur", "Jaipur North", "locality"),
    ("brahmpuri", "Brahmpuri, Jaipur", "Jaipur", "Jaipur North", "locality"),
    ("subhash_chowk", "Subhash Chowk, Jaipur", "Jaipur", "Jaipur North", "locality"),
    ("kardhani", "Kardhani, Jaipur", "Jaipur", "Jaipur West", "locality"),
    ("karni_vihar", "Karni Vihar, Jaipur", "Jaipur", "Jaipur West", "locality"),
    ("muhana", "Muhana, Jaipur", "Jaipur", "Jaipur South", "locality"),
    ("shipra_path", "Shipra Path, Mansarovar, Jaipur", "Jaipur", "Jaipur South", "locality"),
    ("c_scheme", "C-Scheme, Jaipur", "Jaipur", None, "locality"),
    ("raja_park", "Raja Park, Jaipur", "Jaipur", None, "locality"),
    ("jagatpura", "Jagatpura, Jaipur", "Jaipur", None, "locality"),
    ("tonk_road", "Tonk Road, Jaipur", "Jaipur", None, "locality"),  # a Jaipur road, not Tonk district
    ("pratap_nagar_jpr", "Pratap Nagar, Sanganer, Jaipur", "Jaipur", None, "locality"),
    ("jaipur_jn", "Jaipur Junction railway station", "Jaipur", "GRP Ajmer", "railway"),
    ("gandhinagar_jpr_rly", "Gandhinagar railway station, Jaipur", "Jaipur", "GRP Ajmer", "railway"),
    ("chomu", "Chomu", "Jaipur", "Jaipur Rural", "town"),
    ("chomu", "Chomu, Jaipur Rural", "Jaipur", "Jaipur Rural", "abolished"),  # Jaipur Rural district abolished -> Jaipur
    ("phulera", "Phulera, Jaipur", "Jaipur", "Jaipur Rural", "town"),
    ("jobner", "Jobner", "Jaipur", "Jaipur Rural", "town"),
    ("sambhar", "Sambhar Lake, Jaipur", "Jaipur", None, "town"),
    ("dudu", "Dudu", "Jaipur", None, "abolished"),  # Dudu district abolished -> Jaipur
    ("dudu", "303008", "Jaipur", None, "pin"),
    ("dudu", "दूदू", "Jaipur", None, "hindi"),
    ("mauzamabad", "Mauzamabad, Dudu", "Jaipur", None, "abolished"),  # was Dudu district -> Jaipur
    ("phagi", "Phagi, Dudu", "Jaipur", None, "abolished"),  # was Dudu district -> Jaipur
    ("bassi", "Bassi, Jaipur", "Jaipur", None, "tehsil"),
    ("chaksu", "Chaksu", "Jaipur", None, "tehsil"),
    ("shahpura_jpr", "Shahpura, Jaipur", "Jaipur", None, "town"),  # the Jaipur Shahpura, not Bhilwara's
    # ---------------- Jaisalmer
    ("jaisalmer", "Jaisalmer", "Jaisalmer", None, "town"),
    ("jaisalmer", "Jaisalmir", "Jaisalmer", None, "misspelt"),
    ("jaisalmer", "345001", "Jaisalmer", None, "pin"),
    ("jaisalmer", "जैसलमेर", "Jaisalmer", None, "hindi"),
    ("pokaran", "Pokaran", "Jaisalmer", None, "town"),
    ("pokaran", "Pokhran, Jaisalmer 345021", "Jaisalmer", None, "town"),
    ("fatehgarh_jsm", "Fatehgarh, Jaisalmer", "Jaisalmer", None, "tehsil"),
    ("mohangarh", "Mohangarh", "Jaisalmer", None, "town"),
    ("ramgarh_jsm", "Ramgarh, Jaisalmer", "Jaisalmer", None, "town"),
    ("jaisalmer_rly", "Jaisalmer railway station", "Jaisalmer", "GRP Jodhpur", "railway"),
    # ---------------- Jalore
    ("jalore", "Jalore", "Jalore", None, "town"),
    ("jalore", "Jalor", "Jalore", None, "misspelt"),
    ("jalore", "343001", "Jalore", None, "pin"),
    ("jalore", "जालोर", "Jalore", None, "hindi"),
    ("sanchore", "Sanchore", "Jalore", None, "abolished"),  # Sanchore district abolished -> Jalore
    ("sanchore", "Sanchore (Distt. Sanchore) 343041", "Jalore", None, "abolished"),
    ("sanchore", "सांचौर", "Jalore", None, "hindi"),
    ("bhinmal", "Bhinmal", "Jalore", None, "town"),
    ("raniwara", "Raniwara, Sanchore", "Jalore", None, "abolished"),  # was Sanchore district -> Jalore
    ("ahore", "Ahore, Jalore", "Jalore", None, "tehsil"),
    ("sayla", "Sayla, Jalore", "Jalore", None, "tehsil"),
    ("chitalwana", "Chitalwana, Sanchore", "Jalore", None, "abolished"),
    # ---------------- Jhalawar
    ("jhalawar", "Jhalawar", "Jhalawar", None, "town"),
    ("jhalawar", "326001", "Jhalawar", None, "pin"),
    ("jhalawar", "झालावाड़", "Jhalawar", None, "hindi"),
    ("jhalrapatan", "Jhalrapatan", "Jhalawar", None, "town"),
    ("bhawani_mandi", "Bhawani Mandi, Jhalawar", "Jhalawar", None, "town"),
    ("bhawani_mandi", "भवानी मंडी", "Jhalawar", None, "hindi"),
    ("khanpur_jlw", "Khanpur, Jhalawar", "Jhalawar", None, "tehsil"),
    ("aklera", "Aklera", "Jhalawar", None, "tehsil"),
    ("pirawa", "Pirawa, Jhalawar", "Jhalawar", None, "tehsil"),
    ("manohar_thana", "Manohar Thana", "Jhalawar", None, "tehsil"),
    # ---------------- Jhunjhunu
    ("jhunjhunu", "Jhunjhunu", "Jhunjhunu", None, "town"),
    ("jhunjhunu", "Jhunjhnu", "Jhunjhunu", None, "misspelt"),
    ("jhunjhunu", "333001", "Jhunjhunu", None, "pin"),
    ("jhunjhunu", "झुंझुनूं", "Jhunjhunu", None, "hindi"),
    ("nawalgarh", "Nawalgarh", "Jhunjhunu", None, "town"),
    ("chirawa", "Chirawa, Jhunjhunu", "Jhunjhunu", None, "town"),
    ("chirawa", "चिड़ावा, झुंझुनूं", "Jhunjhunu", None, "hindi"),
    ("pilani", "Pilani, Jhunjhunu 333031", "Jhunjhunu", None, "town"),
    ("khetri", "Khetri, Neem Ka Thana", "Jhunjhunu", None, "abolished"),  # Khetri: Jhunjhunu -> Neem Ka Thana (2023) -> back to Jhunjhunu (2024)
    ("udaipurwati", "Udaipurwati", "Jhunjhunu", None, "town"),  # not Udaipur
    ("mandawa", "Mandawa", "Jhunjhunu", None, "town"),
    ("surajgarh", "Surajgarh, Jhunjhunu", "Jhunjhunu", None, "town"),
    # ---------------- Jodhpur (commissionerate: only Ratanada asserted as Jodhpur East)
    ("jodhpur", "Jodhpur", "Jodhpur", None, "town"),
    ("jodhpur", "Jodhpur, Rajasthan", "Jodhpur", None, "town"),
    ("jodhpur", "Jodhapur", "Jodhpur", None, "misspelt"),
    ("jodhpur", "जोधपुर", "Jodhpur", None, "hindi"),
    ("ratanada", "Ratanada, Jodhpur", "Jodhpur", "Jodhpur East", "locality"),
    ("ratanada", "रातानाडा, जोधपुर", "Jodhpur", "Jodhpur East", "hindi"),
    ("sardarpura", "Sardarpura, Jodhpur", "Jodhpur", None, "locality"),
    ("sardarpura", "सरदारपुरा, जोधपुर", "Jodhpur", None, "hindi"),
    ("paota", "Paota, Jodhpur", "Jodhpur", None, "locality"),
    ("shastri_jdh", "Shastri Nagar, Jodhpur", "Jodhpur", None, "locality"),
    ("basni", "Basni, Jodhpur", "Jodhpur", None, "locality"),
    ("mandore", "Mandore, Jodhpur", "Jodhpur", None, "locality"),
    ("chopasni", "Chopasni Housing Board, Jodhpur", "Jodhpur", None, "locality"),
    ("pal_road", "Pal Road, Jodhpur", "Jodhpur", None, "locality"),  # a Jodhpur road, not Pali
    ("sursagar", "Sursagar, Jodhpur", "Jodhpur", None, "locality"),
    ("luni", "Luni, Jodhpur", "Jodhpur", None, "tehsil"),
    ("bilara", "Bilara", "Jodhpur", "Jodhpur Rural", "town"),
    ("bilara", "Bilara, Jodhpur Rural", "Jodhpur", "Jodhpur Rural", "abolished"),  # Jodhpur Rural district abolished -> Jodhpur
    ("pipar", "Pipar City", "Jodhpur", "Jodhpur Rural", "town"),
    ("bhopalgarh", "Bhopalgarh, Jodhpur", "Jodhpur", "Jodhpur Rural", "tehsil"),
    ("jodhpur_rly", "Jodhpur railway station", "Jodhpur", "GRP Jodhpur", "railway"),
    ("raikabagh_rly", "Raika Bagh railway station, Jodhpur", "Jodhpur", "GRP Jodhpur", "railway"),
    # ---------------- Karauli
    ("karauli", "Karauli", "Karauli", None, "town"),
    ("karauli", "Karoli", "Karauli", None, "misspelt"),
    ("karauli", "322241", "Karauli", None, "pin"),
    ("karauli", "करौली", "Karauli", None, "hindi"),
    ("hindaun", "Hindaun City", "Karauli", None, "town"),
    ("hindaun", "Hindaun City 322230", "Karauli", None, "town"),
    ("todabhim", "Todabhim, Gangapur City", "Karauli", None, "abolished"),  # Todabhim: Karauli -> Gangapur City (2023) -> Karauli (2024)
    ("sapotra", "Sapotra, Karauli", "Karauli", None, "tehsil"),
    ("mandrayal", "Mandrayal", "Karauli", None, "tehsil"),
    ("nadoti", "Nadoti, Karauli", "Karauli", None, "tehsil"),
    ("hindaun_rly", "Hindaun City railway station", "Karauli", "GRP Ajmer", "railway"),
    # ---------------- Khairthal-Tijara (new district 2023, kept in 2024)
    ("khairthal", "Khairthal", "Khairthal-Tijara", None, "town"),
    ("khairthal", "Khairthal, Alwar", "Khairthal-Tijara", None, "old_district"),
    ("tijara", "Tijara, Alwar", "Khairthal-Tijara", None, "old_district"),
    ("tijara", "तिजारा", "Khairthal-Tijara", None, "hindi"),
    ("bhiwadi", "Bhiwadi", "Khairthal-Tijara", "Bhiwadi", "town"),
    ("bhiwadi", "Bhiwadi, Alwar 301019", "Khairthal-Tijara", "Bhiwadi", "old_district"),
    ("kishangarh_bas", "Kishangarh Bas", "Khairthal-Tijara", None, "tehsil"),  # not Kishangarh (Ajmer)
    ("kotkasim", "Kotkasim, Alwar", "Khairthal-Tijara", None, "old_district"),
    # ---------------- Kota
    ("kota", "Kota", "Kota", None, "town"),
    ("kota", "324001", "Kota", None, "pin"),
    ("kota", "कोटा", "Kota", None, "hindi"),
    ("talwandi", "Talwandi, Kota", "Kota", None, "locality"),
    ("vigyan_nagar_kota", "Vigyan Nagar, Kota", "Kota", None, "locality"),
    ("kunhadi", "Landmark City, Kunhadi, Kota", "Kota", None, "locality"),
    ("ramganj_mandi", "Ramganj Mandi", "Kota", None, "town"),  # not Ramganj (Jaipur)
    ("sangod", "Sangod, Kota", "Kota", None, "tehsil"),
    ("itawa", "Itawa", "Kota", None, "tehsil"),
    ("digod", "Digod, Kota", "Kota", None, "tehsil"),
    ("kota_jn", "Kota Junction railway station", "Kota", "GRP Ajmer", "railway"),
    # ---------------- Kotputli-Behror (new district 2023, kept in 2024)
    ("kotputli", "Kotputli", "Kotputli-Behror", None, "town"),
    ("kotputli", "Kotputli, Jaipur", "Kotputli-Behror", None, "old_district"),
    ("kotputli", "303108", "Kotputli-Behror", None, "pin"),
    ("kotputli", "कोटपूतली", "Kotputli-Behror", None, "hindi"),
    ("behror", "Behror, Alwar", "Kotputli-Behror", None, "old_district"),
    ("behror", "Behror 301701", "Kotputli-Behror", None, "town"),
    ("neemrana", "Neemrana, Alwar", "Kotputli-Behror", None, "old_district"),
    ("bansur", "Bansur, Alwar", "Kotputli-Behror", None, "old_district"),  # Bansur moved Alwar -> Kotputli-Behror
    ("viratnagar", "Viratnagar, Jaipur", "Kotputli-Behror", None, "old_district"),  # Viratnagar moved Jaipur -> Kotputli-Behror
    # ---------------- Nagaur
    ("nagaur", "Nagaur", "Nagaur", None, "town"),
    ("nagaur", "341001", "Nagaur", None, "pin"),
    ("nagaur", "नागौर", "Nagaur", None, "hindi"),
    ("merta", "Merta City", "Nagaur", None, "town"),
    ("merta", "मेड़ता सिटी, नागौर", "Nagaur", None, "hindi"),
    ("degana", "Degana, Nagaur", "Nagaur", None, "town"),
    ("jayal", "Jayal", "Nagaur", None, "tehsil"),
    ("khinvsar", "Khinvsar, Nagaur", "Nagaur", None, "tehsil"),
    ("mundwa", "Mundwa", "Nagaur", None, "tehsil"),
    ("merta_road_rly", "Merta Road Junction railway station", "Nagaur", "GRP Jodhpur", "railway"),
    # ---------------- Pali
    ("pali", "Pali", "Pali", None, "town"),
    ("pali", "Pali, Rajasthan 306401", "Pali", None, "town"),
    ("pali", "पाली", "Pali", None, "hindi"),
    ("sojat", "Sojat City", "Pali", None, "town"),
    ("sumerpur", "Sumerpur, Pali", "Pali", None, "town"),
    ("bali", "Bali, Pali", "Pali", None, "tehsil"),
    ("desuri", "Desuri", "Pali", None, "tehsil"),
    ("falna", "Falna, Pali", "Pali", None, "town"),
    ("rohat", "Rohat", "Pali", None, "tehsil"),
    ("marwar_jn", "Marwar Junction railway station, Pali", "Pali", "GRP Jodhpur", "railway"),
    # ---------------- Phalodi (new district 2023, kept in 2024)
    ("phalodi", "Phalodi", "Phalodi", None, "town"),
    ("phalodi", "Phalodi, Jodhpur", "Phalodi", None, "old_district"),
    ("phalodi", "342301", "Phalodi", None, "pin"),
    ("phalodi", "फलोदी", "Phalodi", None, "hindi"),
    ("lohawat", "Lohawat, Jodhpur", "Phalodi", None, "old_district"),  # Lohawat moved Jodhpur -> Phalodi
    ("bap", "Bap, Phalodi", "Phalodi", None, "tehsil"),
    ("aau", "Aau, Phalodi", "Phalodi", None, "tehsil"),
    # ---------------- Pratapgarh (Rajasthan)
    ("pratapgarh", "Pratapgarh, Rajasthan", "Pratapgarh", None, "town"),
    ("pratapgarh", "Pratapgarh (Raj.) 312605", "Pratapgarh", None, "town"),
    ("pratapgarh", "प्रतापगढ़, राजस्थान", "Pratapgarh", None, "hindi"),
    ("chhoti_sadri", "Chhoti Sadri", "Pratapgarh", None, "town"),
    ("arnod", "Arnod, Pratapgarh", "Pratapgarh", None, "tehsil"),
    ("dhariawad", "Dhariawad", "Pratapgarh", None, "tehsil"),
    ("peepalkhunt", "Peepalkhunt, Pratapgarh", "Pratapgarh", None, "tehsil"),
    # ---------------- Rajsamand
    ("rajsamand", "Rajsamand", "Rajsamand", None, "town"),
    ("rajsamand", "Kankroli, Rajsamand", "Rajsamand", None, "town"),
    ("rajsamand", "राजसमंद", "Rajsamand", None, "hindi"),
    ("nathdwara", "Nathdwara", "Rajsamand", None, "town"),
    ("nathdwara", "Nathdwara 313301", "Rajsamand", None, "town"),
    ("deogarh_rsd", "Deogarh, Rajsamand", "Rajsamand", None, "town"),
    ("amet", "Amet", "Rajsamand", None, "tehsil"),
    ("kumbhalgarh", "Kumbhalgarh, Rajsamand", "Rajsamand", None, "tehsil"),
    ("railmagra", "Railmagra", "Rajsamand", None, "tehsil"),
    # ---------------- Salumbar (new district 2023, kept in 2024)
    ("salumbar", "Salumbar", "Salumbar", None, "town"),
    ("salumbar", "Salumbar, Udaipur", "Salumbar", None, "old_district"),
    ("salumbar", "313027", "Salumbar", None, "pin"),
    ("salumbar", "सलूम्बर", "Salumbar", None, "hindi"),
    ("sarada", "Sarada, Udaipur", "Salumbar", None, "old_district"),  # Sarada moved Udaipur -> Salumbar
    ("lasadia", "Lasadia", "Salumbar", None, "tehsil"),
    ("semari", "Semari, Salumbar", "Salumbar", None, "tehsil"),
    # ---------------- Sawai Madhopur
    ("swm", "Sawai Madhopur", "Sawai Madhopur", None, "town"),
    ("swm", "Sawaimadhopur", "Sawai Madhopur", None, "misspelt"),
    ("swm", "322001", "Sawai Madhopur", None, "pin"),
    ("swm", "सवाई माधोपुर", "Sawai Madhopur", None, "hindi"),
    ("gangapur_city", "Gangapur City", "Sawai Madhopur", None, "abolished"),  # Gangapur City district abolished -> Sawai Madhopur
    ("gangapur_city", "322201", "Sawai Madhopur", None, "pin"),
    ("gangapur_city", "गंगापुर सिटी", "Sawai Madhopur", None, "hindi"),
    ("bamanwas", "Bamanwas, Gangapur City", "Sawai Madhopur", None, "abolished"),
    ("bonli", "Bonli", "Sawai Madhopur", None, "tehsil"),
    ("khandar", "Khandar, Sawai Madhopur", "Sawai Madhopur", None, "tehsil"),
    ("chauth_barwara", "Chauth Ka Barwara", "Sawai Madhopur", None, "tehsil"),
    ("swm_jn", "Sawai Madhopur Junction railway station", "Sawai Madhopur", "GRP Ajmer", "railway"),
    # ---------------- Sikar
    ("sikar", "Sikar", "Sikar", None, "town"),
    ("sikar", "Seekar", "Sikar", None, "misspelt"),
    ("sikar", "332001", "Sikar", None, "pin"),
    ("sikar", "सीकर", "Sikar", None, "hindi"),
    ("nkt", "Neem Ka Thana", "Sikar", None, "abolished"),  # Neem Ka Thana district abolished -> Sikar
    ("nkt", "Neem Ka Thana 332713", "Sikar", None, "abolished"),
    ("nkt", "नीमकाथाना", "Sikar", None, "hindi"),
    ("fatehpur_skr", "Fatehpur Shekhawati", "Sikar", None, "town"),
    ("lakshmangarh_skr", "Lakshmangarh, Sikar", "Sikar", None, "town"),
    ("danta_ramgarh", "Danta Ramgarh", "Sikar", None, "tehsil"),
    ("khandela", "Khandela, Sikar", "Sikar", None, "town"),
    ("srimadhopur", "Srimadhopur, Neem Ka Thana", "Sikar", None, "abolished"),  # was Neem Ka Thana district -> Sikar
    ("losal", "Losal", "Sikar", None, "town"),
    ("reengus", "Reengus, Sikar", "Sikar", None, "town"),
    ("khatu", "Khatu Shyam Ji, Sikar", "Sikar", None, "town"),
    # ---------------- Sirohi
    ("sirohi", "Sirohi", "Sirohi", None, "town"),
    ("sirohi", "307001", "Sirohi", None, "pin"),
    ("sirohi", "सिरोही", "Sirohi", None, "hindi"),
    ("abu_road", "Abu Road", "Sirohi", None, "town"),
    ("abu_road", "Abu Road 307026", "Sirohi", None, "town"),
    ("mount_abu", "Mount Abu", "Sirohi", None, "town"),
    ("mount_abu", "माउंट आबू, सिरोही", "Sirohi", None, "hindi"),
    ("sheoganj", "Sheoganj, Sirohi", "Sirohi", None, "town"),
    ("pindwara", "Pindwara", "Sirohi", None, "town"),
    ("reodar", "Reodar, Sirohi", "Sirohi", None, "tehsil"),
    ("abu_road_rly", "Abu Road railway station", "Sirohi", "GRP Jodhpur", "railway"),
    # ---------------- Sri Ganganagar
    ("sgnr", "Sri Ganganagar", "Sri Ganganagar", None, "town"),
    ("sgnr", "Ganganagar", "Sri Ganganagar", None, "town"),
    ("sgnr", "335001", "Sri Ganganagar", None, "pin"),
    ("sgnr", "श्रीगंगानगर", "Sri Ganganagar", None, "hindi"),
    ("anupgarh", "Anupgarh", "Sri Ganganagar", None, "abolished"),  # Anupgarh district abolished -> Sri Ganganagar
    ("anupgarh", "Anupgarh 335701", "Sri Ganganagar", None, "abolished"),
    ("anupgarh", "अनूपगढ़", "Sri Ganganagar", None, "hindi"),
    ("suratgarh", "Suratgarh", "Sri Ganganagar", None, "town"),
    ("raisinghnagar", "Raisinghnagar", "Sri Ganganagar", None, "town"),
    ("gharsana", "Gharsana, Anupgarh", "Sri Ganganagar", None, "abolished"),  # was Anupgarh district -> Sri Ganganagar
    ("padampur", "Padampur, Sri Ganganagar", "Sri Ganganagar", None, "town"),
    ("karanpur", "Srikaranpur", "Sri Ganganagar", None, "town"),
    ("sadulshahar", "Sadulshahar", "Sri Ganganagar", None, "town"),
    # ---------------- Tonk
    ("tonk", "Tonk", "Tonk", None, "town"),
    ("tonk", "304001", "Tonk", None, "pin"),
    ("tonk", "टोंक", "Tonk", None, "hindi"),
    ("deoli", "Deoli, Tonk", "Tonk", None, "town"),
    ("malpura", "Malpura", "Tonk", None, "town"),
    ("malpura", "मालपुरा, टोंक", "Tonk", None, "hindi"),
    ("niwai", "Niwai, Tonk", "Tonk", None, "town"),
    ("uniara", "Uniara", "Tonk", None, "town"),
    ("todaraisingh", "Todaraisingh, Tonk", "Tonk", None, "town"),
    ("peeplu", "Peeplu", "Tonk", None, "tehsil"),
    # ---------------- Udaipur
    ("udaipur", "Udaipur", "Udaipur", None, "town"),
    ("udaipur", "Udaipur, Rajasthan 313001", "Udaipur", None, "town"),
    ("udaipur", "Udaipr", "Udaipur", None, "misspelt"),
    ("udaipur", "उदयपुर", "Udaipur", None, "hindi"),
    ("hiran_magri", "Hiran Magri, Udaipur", "Udaipur", None, "locality"),
    ("hiran_magri", "हिरण मगरी, उदयपुर", "Udaipur", None, "hindi"),
    ("fatehpura_udr", "Fatehpura, Udaipur", "Udaipur", None, "locality"),
    ("bhupalpura", "Bhupalpura, Udaipur", "Udaipur", None, "locality"),
    ("sukher", "Sukher, Udaipur", "Udaipur", None, "locality"),
    ("girwa", "Girwa, Udaipur", "Udaipur", None, "tehsil"),
    ("jhadol", "Jhadol", "Udaipur", None, "tehsil"),
    ("kherwara", "Kherwara, Udaipur", "Udaipur", None, "tehsil"),
    ("kotra", "Kotra, Udaipur", "Udaipur", None, "tehsil"),
    ("gogunda", "Gogunda", "Udaipur", None, "tehsil"),
    ("gogunda", "ग्राम सायरा, तहसील गोगुंदा, जिला उदयपुर", "Udaipur", None, "hindi"),
    ("mavli", "Mavli, Udaipur", "Udaipur", None, "tehsil"),
    ("vallabhnagar", "Vallabhnagar", "Udaipur", None, "tehsil"),
    ("udaipur_rly", "Udaipur City railway station", "Udaipur", "GRP Ajmer", "railway"),
    # --- extra English village / Hindi forms with explicit district
    ("vill_jhunjhunu", "VPO Bhagwanpura, Tehsil Chirawa, Distt. Jhunjhunu", "Jhunjhunu", None, "village"),
    ("vill_nagaur", "Village Kheduli, Tehsil Jayal, District Nagaur", "Nagaur", None, "village"),
    ("vill_barmer", "ग्राम धनाऊ, तहसील चौहटन, जिला बाड़मेर", "Barmer", None, "hindi"),
    ("vill_tonk", "ग्राम बरोनी, तहसील निवाई, जिला टोंक", "Tonk", None, "hindi"),
    ("vill_karauli", "ग्राम मासलपुर, तहसील करौली, जिला करौली", "Karauli", None, "hindi"),
    ("vill_banswara", "ग्राम छींच, तहसील बागीदौरा, जिला बांसवाड़ा", "Banswara", None, "hindi"),
    ("vill_sikar", "ग्राम खूड़, तहसील दांतारामगढ़, जिला सीकर", "Sikar", None, "hindi"),
    ("vill_churu", "Vill. Sahwa, Teh. Taranagar, Distt. Churu", "Churu", None, "village"),
    ("vill_dungarpur", "ग्राम पुनाली, तहसील डूंगरपुर, जिला डूंगरपुर", "Dungarpur", None, "hindi"),
    ("vill_pratapgarh", "ग्राम धोलापानी, तहसील प्रतापगढ़, जिला प्रतापगढ़", "Pratapgarh", None, "hindi"),
    ("vill_jaisalmer", "ग्राम सम, तहसील जैसलमेर, जिला जैसलमेर", "Jaisalmer", None, "hindi"),
    ("vill_hanumangarh", "गांव मसीतांवाली, तहसील हनुमानगढ़, जिला हनुमानगढ़", "Hanumangarh", None, "hindi"),
    ("vill_balotra", "ग्राम मोकलसर, तहसील सिवाना, जिला बालोतरा", "Balotra", None, "hindi"),
    ("vill_dholpur", "ग्राम सरानी खेड़ा, तहसील राजाखेड़ा, जिला धौलपुर", "Dholpur", None, "hindi"),
    ("vill_baran", "ग्राम कवाई, तहसील अटरू, जिला बारां", "Baran", None, "hindi"),
    ("vill_jhalawar", "ग्राम मिश्रौली, तहसील पिड़ावा, जिला झालावाड़", "Jhalawar", None, "hindi"),
    ("vill_bhilwara", "ग्राम करेड़ा, जिला भीलवाड़ा", "Bhilwara", None, "hindi"),
    ("vill_deeg", "ग्राम नगला भोज, तहसील कुम्हेर, जिला डीग", "Deeg", None, "hindi"),
    ("vill_kb", "ग्राम पनियाला, तहसील कोटपूतली, जिला कोटपूतली-बहरोड़", "Kotputli-Behror", None, "hindi"),
    ("vill_dk", "ग्राम खुनखुना, तहसील डीडवाना, जिला डीडवाना-कुचामन", "Didwana-Kuchaman", None, "hindi"),
    ("vill_kt", "ग्राम टपूकड़ा, तहसील तिजारा, जिला खैरथल-तिजारा", "Khairthal-Tijara", None, "hindi"),
    ("vill_salumbar", "ग्राम झल्लारा, जिला सलूम्बर", "Salumbar", None, "hindi"),
    ("vill_phalodi", "ग्राम बाप, जिला फलोदी", "Phalodi", None, "hindi"),
    ("vill_rajsamand", "ग्राम केलवा, तहसील राजसमंद, जिला राजसमंद", "Rajsamand", None, "hindi"),
]

# Places outside Rajasthan: district None, outside_rajasthan True.
OUTSIDE = [
    ("delhi", "New Delhi"),
    ("dwarka", "Dwarka, New Delhi"),
    ("bikaner_house", "Bikaner House, Pandara Road, New Delhi"),  # a Delhi address with a Rajasthan name
    ("ahmedabad", "Ahmedabad, Gujarat"),
    ("surat", "Surat"),
    ("palanpur", "Palanpur, Gujarat"),
    ("indore", "Indore, Madhya Pradesh"),
    ("bhopal", "Bhopal"),
    ("ujjain", "Ujjain, MP"),
    ("mumbai", "Andheri East, Mumbai"),
    ("pune", "Pune, Maharashtra"),
    ("pali_mh", "Pali, Raigad, Maharashtra"),  # Pali in Maharashtra, not Rajasthan's Pali
    ("gurugram", "Gurugram, Haryana"),
    ("hisar", "Hisar, Haryana"),
    ("rewari", "Rewari"),
    ("chandigarh", "Sector 17, Chandigarh"),
    ("agra", "Agra, Uttar Pradesh"),
    ("pratapgarh_up", "Pratapgarh, Uttar Pradesh"),  # not Pratapgarh (Rajasthan)
    ("lucknow", "Lucknow"),
    ("bengaluru", "Bengaluru, Karnataka"),
    ("kolkata", "Kolkata"),
    ("dubai", "Dubai, United Arab Emirates"),
    ("delhi_hi", "नई दिल्ली"),
    ("ahmedabad_hi", "अहमदाबाद, गुजरात"),
    ("indore_hi", "इंदौर, मध्य प्रदेश"),
    ("surat_hi", "सूरत (गुजरात)"),
]

# Places mentioned in post text that are NOT where the person is.
# (written form, district or None if outside Rajasthan)
ELSEWHERE = [
    ("Pushkar", "Ajmer"), ("Mount Abu", "Sirohi"), ("Jaisalmer", "Jaisalmer"),
    ("Mumbai", None), ("Delhi", None), ("Goa", None), ("Udaipur", "Udaipur"),
    ("Kota", "Kota"), ("Rishikesh", None), ("Manali", None), ("Bikaner", "Bikaner"),
    ("Khatu Shyam Ji", "Sikar"), ("Ranthambore", "Sawai Madhopur"), ("Ajmer Sharif", "Ajmer"),
    ("Shimla", None), ("Haridwar", None), ("Nathdwara", "Rajsamand"), ("Chittorgarh fort", "Chittorgarh"),
]
ELSEWHERE_HI = [
    ("पुष्कर", "Ajmer"), ("माउंट आबू", "Sirohi"), ("मुंबई", None), ("दिल्ली", None),
    ("हरिद्वार", None), ("जैसलमेर", "Jaisalmer"), ("उदयपुर", "Udaipur"), ("कोटा", "Kota"),
]

# ---------------------------------------------------------------------- people
# (latin, devanagari, gender)
FIRST = [
    ("Ravi", "रवि", "m"), ("Suresh", "सुरेश", "m"), ("Mahesh", "महेश", "m"), ("Pooja", "पूजा", "f"),
    ("Priya", "प्रिया", "f"), ("Kavita", "कविता", "f"), ("Sunita", "सुनीता", "f"), ("Rakesh", "राकेश", "m"),
    ("Mukesh", "मुकेश", "m"), ("Anil", "अनिल", "m"), ("Sunil", "सुनील", "m"), ("Deepak", "दीपक", "m"),
    ("Vikram", "विक्रम", "m"), ("Arjun", "अर्जुन", "m"), ("Rohit", "रोहित", "m"), ("Neha", "नेहा", "f"),
    ("Anjali", "अंजलि", "f"), ("Komal", "कोमल", "f"), ("Manisha", "मनीषा", "f"), ("Ramesh", "रमेश", "m"),
    ("Dinesh", "दिनेश", "m"), ("Naresh", "नरेश", "m"), ("Lalit", "ललित", "m"), ("Hemant", "हेमंत", "m"),
    ("Jitendra", "जितेंद्र", "m"), ("Yogesh", "योगेश", "m"), ("Bhawna", "भावना", "f"), ("Lakshmi", "लक्ष्मी", "f"),
    ("Santosh", "संतोष", "m"), ("Kailash", "कैलाश", "m"), ("Gopal", "गोपाल", "m"), ("Shankar", "शंकर", "m"),
    ("Prakash", "प्रकाश", "m"), ("Kiran", "किरण", "f"), ("Seema", "सीमा", "f"), ("Rekha", "रेखा", "f"),
    ("Sapna", "सपना", "f"), ("Mamta", "ममता", "f"), ("Karan", "करण", "m"), ("Aman", "अमन", "m"),
    ("Imran", "इमरान", "m"), ("Salman", "सलमान", "m"), ("Farhan", "फ़रहान", "m"), ("Ayesha", "आयशा", "f"),
    ("Shabnam", "शबनम", "f"), ("Harpreet", "हरप्रीत", "f"), ("Gurpreet", "गुरप्रीत", "m"), ("Jaswant", "जसवंत", "m"),
    ("Bhanwar", "भंवर", "m"), ("Mangilal", "मांगीलाल", "m"), ("Dilip", "दिलीप", "m"), ("Nikhil", "निखिल", "m"),
    ("Tanvi", "तन्वी", "f"), ("Riya", "रिया", "f"), ("Kavya", "काव्या", "f"), ("Ishita", "इशिता", "f"),
    ("Sneha", "स्नेहा", "f"), ("Aarti", "आरती", "f"), ("Heena", "हिना", "f"), ("Nisha", "निशा", "f"),
    ("Lokesh", "लोकेश", "m"), ("Bharat", "भरत", "m"), ("Govind", "गोविंद", "m"), ("Shyam", "श्याम", "m"),
    ("Kishan", "किशन", "m"), ("Ganesh", "गणेश", "m"), ("Hitesh", "हितेश", "m"), ("Mohit", "मोहित", "m"),
    ("Sachin", "सचिन", "m"), ("Vishal", "विशाल", "m"), ("Ajay", "अजय", "m"), ("Vijay", "विजय", "m"),
    ("Sanjay", "संजय", "m"), ("Manoj", "मनोज", "m"), ("Pankaj", "पंकज", "m"), ("Rajendra", "राजेंद्र", "m"),
    ("Narendra", "नरेंद्र", "m"), ("Surendra", "सुरेंद्र", "m"), ("Devendra", "देवेंद्र", "m"), ("Mahendra", "महेंद्र", "m"),
    ("Payal", "पायल", "f"), ("Khushboo", "खुशबू", "f"), ("Monika", "मोनिका", "f"), ("Jyoti", "ज्योति", "f"),
    ("Varsha", "वर्षा", "f"), ("Meenakshi", "मीनाक्षी", "f"), ("Durga", "दुर्गा", "f"), ("Sushila", "सुशीला", "f"),
    ("Tarun", "तरुण", "m"), ("Kuldeep", "कुलदीप", "m"), ("Ashok", "अशोक", "m"), ("Bhupendra", "भूपेंद्र", "m"),
]
LAST = [
    ("Meena", "मीणा"), ("Sharma", "शर्मा"), ("Choudhary", "चौधरी"), ("Gurjar", "गुर्जर"),
    ("Rathore", "राठौड़"), ("Shekhawat", "शेखावत"), ("Meghwal", "मेघवाल"), ("Bairwa", "बैरवा"),
    ("Saini", "सैनी"), ("Mali", "माली"), ("Kumawat", "कुमावत"), ("Prajapat", "प्रजापत"),
    ("Jain", "जैन"), ("Agarwal", "अग्रवाल"), ("Khandelwal", "खंडेलवाल"), ("Soni", "सोनी"),
    ("Verma", "वर्मा"), ("Yadav", "यादव"), ("Bishnoi", "बिश्नोई"), ("Garg", "गर्ग"),
    ("Joshi", "जोशी"), ("Purohit", "पुरोहित"), ("Vyas", "व्यास"), ("Bhati", "भाटी"),
    ("Chouhan", "चौहान"), ("Solanki", "सोलंकी"), ("Parmar", "परमार"), ("Gehlot", "गहलोत"),
    ("Khan", "खान"), ("Qureshi", "क़ुरैशी"), ("Ansari", "अंसारी"), ("Regar", "रेगर"),
    ("Jangid", "जांगिड़"), ("Suthar", "सुथार"), ("Dhaka", "ढाका"), ("Godara", "गोदारा"),
    ("Punia", "पूनिया"), ("Damor", "डामोर"), ("Garasiya", "गरासिया"), ("Kothari", "कोठारी"),
    ("Mathur", "माथुर"), ("Saxena", "सक्सेना"), ("Pareek", "पारीक"), ("Dadhich", "दाधीच"),
    ("Tanwar", "तंवर"), ("Mahawar", "महावर"), ("Sisodia", "सिसोदिया"), ("Bhil", "भील"),
    ("Jat", "जाट"), ("Sain", "सैन"), ("Nagar", "नागर"), ("Hada", "हाड़ा"),
]

OFFICER_RANKS = [("SI", "उप निरीक्षक"), ("Inspector", "निरीक्षक"), ("ASI", "सहायक उप निरीक्षक"),
                 ("HC", "हेड कांस्टेबल"), ("Dy. SP", "उप अधीक्षक")]

# ---------------------------------------------------------------------- labels
# English label variants per field.
L_EN = {
    "ref": ["Reference number", "Case ID", "Request ID", "Ref #", "Ticket", "Reference",
            "Case number", "Our reference", "Referral ID", "Incident ID", "Emergency request ID",
            "Report ID", "Ref. No.", "Case reference"],
    "platform": ["Platform", "Service", "App", "Product"],
    "name": ["Name", "Account name", "Account holder", "Full name", "User's name",
             "Name on account", "Profile name", "Display name", "Name of user",
             "Account holder name", "Subscriber name", "Registered name", "Person's name",
             "Name (as on profile)", "User name"],
    "phone": ["Phone", "Mobile", "Registered mobile", "Verified phone number", "Contact number",
              "Phone number on account", "Mobile number", "Phone (verified)", "Registered phone",
              "Confirmed mobile number", "Mobile no.", "Tel"],
    "phones": ["Phone numbers", "Mobile numbers on account", "Verified phones",
               "Phone numbers associated with the account"],
    "email": ["Email", "Registered email", "Email address", "Email on account", "Verified email",
              "Contact email", "E-mail"],
    "profile_url": ["Profile URL", "Profile link", "Account URL", "Profile", "Link to profile",
                    "Account link", "URL"],
    "username": ["Username", "Handle", "Account username", "User handle", "Screen name"],
    "username_ig": ["Instagram handle", "Username", "Handle", "IG username", "Account"],
    "user_id": ["User ID", "Account ID", "FBID", "Facebook ID", "Numeric ID", "UID",
                "Account number", "Profile ID"],
    "user_id_ig": ["User ID", "Account ID", "Instagram user ID", "IGID", "Numeric ID"],
    "place": ["City", "Current city (from profile)", "Hometown", "Location", "Address", "Place",
              "Approximate location", "City (profile)", "Current city", "Location (self-reported)",
              "Last known location", "Residence", "Lives in", "Location on profile"],
    "pin": ["PIN", "PIN code", "Postal code", "ZIP / postal code", "Pincode", "Location (postal code)"],
    "wa_place": ["Approximate location", "Location (from IP)", "Last known location", "Location"],
    "ips": ["IP address", "Login IP", "Last login IP", "Recent IP activity", "IP addresses",
            "Recent logins", "Login history", "IP log", "Last IP", "Recent login IP addresses",
            "IP activity (last 48 hours)", "Session IPs"],
}
# Post-time labels: (label, zone the label itself asserts or None)
L_POST_TIME = {
    "post": [("Post time", None), ("Time of posting", None), ("Posted at", None),
             ("Content created", None), ("Created (UTC)", "UTC"), ("Date/Time of content", None),
             ("Posted", None), ("Timestamp", None), ("Time posted (IST)", "IST"),
             ("Content timestamp (UTC)", "UTC"), ("Date and time of post", None),
             ("Creation time", None), ("Published", None)],
    "comment": [("Comment time", None), ("Commented at", None), ("Comment created (UTC)", "UTC")],
    "caption": [("Posted at", None), ("Upload time", None), ("Created (UTC)", "UTC")],
    "story": [("Story posted", None), ("Story created", None), ("Story time (IST)", "IST")],
    "live": [("Live video started", None), ("Broadcast start", None), ("Live started (UTC)", "UTC")],
    "status": [("Status set at", None), ("Updated", None)],
    "message": [("Message sent", None), ("Sent at", None), ("Time of message (UTC)", "UTC")],
    "reel": [("Reel posted", None), ("Upload time", None)],
}
L_POST = {
    "post": ["Post", "Content", "Post text", "Text", "Content of concern", "Reported content",
             "Text of post", "Post content"],
    "comment": ["Comment", "Comment text", "Text of comment"],
    "caption": ["Caption", "Post caption"],
    "story": ["Story text", "Story", "Text on story"],
    "live": ["Live video title", "Live video description"],
    "status": ["Status", "About / status text", "Status message"],
    "message": ["Message", "Message text"],
    "reel": ["Reel caption", "Caption"],
}
CONTENT_TYPE_EN = {"post": "Post", "comment": "Comment", "caption": "Photo post", "story": "Story",
                   "live": "Live video", "status": "Status update", "message": "Group message",
                   "reel": "Reel"}
CONTENT_TYPE_HI = {"post": "पोस्ट", "comment": "टिप्पणी", "caption": "फ़ोटो पोस्ट", "story": "स्टोरी",
                   "live": "लाइव वीडियो", "status": "स्टेटस", "message": "संदेश", "reel": "रील"}

L_HI = {
    "ref": ["संदर्भ संख्या", "केस आईडी", "अनुरोध संख्या", "संदर्भ क्रमांक"],
    "platform": ["प्लेटफ़ॉर्म", "सेवा"],
    "name": ["नाम", "खाताधारक का नाम", "उपयोगकर्ता का नाम", "व्यक्ति का नाम", "प्रोफ़ाइल नाम"],
    "phone": ["मोबाइल नंबर", "फ़ोन नंबर", "पंजीकृत मोबाइल", "संपर्क नंबर", "मोबाइल"],
    "phones": ["मोबाइल नंबर", "फ़ोन नंबर"],
    "email": ["ईमेल", "ईमेल पता", "पंजीकृत ईमेल"],
    "profile_url": ["प्रोफ़ाइल लिंक", "प्रोफ़ाइल यूआरएल", "खाते का लिंक"],
    "username": ["यूज़रनेम", "हैंडल", "उपयोगकर्ता नाम (हैंडल)"],
    "username_ig": ["इंस्टाग्राम हैंडल", "यूज़रनेम"],
    "user_id": ["यूज़र आईडी", "खाता आईडी", "आईडी"],
    "user_id_ig": ["यूज़र आईडी", "खाता आईडी"],
    "place": ["पता", "शहर", "स्थान", "वर्तमान शहर", "निवास", "पता (प्रोफ़ाइल के अनुसार)"],
    "pin": ["पिन कोड", "पिन"],
    "wa_place": ["अनुमानित स्थान", "स्थान"],
    "ips": ["आईपी पता", "लॉगिन आईपी", "हाल के आईपी पते", "आईपी लॉग"],
    "post_time": ["पोस्ट का समय", "पोस्ट करने का समय", "सामग्री का समय", "समय"],
    "post": ["सामग्री", "पोस्ट", "पोस्ट का पाठ", "संदेश", "पोस्ट की सामग्री"],
    "content_type": ["सामग्री का प्रकार", "प्रकार"],
}

SECTION_TITLES_EN = {
    "account": ["ACCOUNT INFORMATION", "Account details", "User information", "Subscriber information",
                "About the person", "Account holder", "Profile information", "USER DETAILS"],
    "content": ["CONTENT OF CONCERN", "Content", "Reported content", "Post details",
                "Content details", "What was posted", "CONTENT"],
    "ips": ["RECENT LOGIN IP ADDRESSES", "Recent IP activity", "Login history", "IP information",
            "Technical information", "LOGIN ACTIVITY"],
    "reporter": ["Reported by", "REPORTER", "Report source", "Flagged by",
                 "Person who reported the content"],
    "case": ["Case", "REFERRAL", "Request details", "Summary"],
}
SECTION_TITLES_HI = {
    "account": ["खाते की जानकारी", "उपयोगकर्ता का विवरण", "खाताधारक की जानकारी"],
    "content": ["सामग्री का विवरण", "पोस्ट की जानकारी", "संबंधित सामग्री"],
    "ips": ["लॉगिन आईपी विवरण", "हाल की लॉगिन गतिविधि", "आईपी जानकारी"],
    "reporter": ["सूचना देने वाला", "रिपोर्ट करने वाला मित्र"],
    "case": ["मामला", "संदर्भ"],
}

# Reporter (friend) labels
L_REPORTER_EN = {
    "name": ["Reporter name", "Reported by", "Name of reporter", "Flagged by (friend)", "Reporter"],
    "phone": ["Reporter phone", "Reporter's mobile", "Contact of reporter", "Reporter contact"],
    "profile_url": ["Reporter profile", "Reporter's profile"],
    "email": ["Reporter email"],
    "place": ["Reporter's city", "Reporter location"],
    "relation": ["Relationship", "Relation to user"],
}
L_REPORTER_HI = {
    "name": ["सूचनादाता का नाम", "रिपोर्ट करने वाले का नाम"],
    "phone": ["सूचनादाता का मोबाइल", "रिपोर्ट करने वाले का फ़ोन"],
    "profile_url": ["सूचनादाता की प्रोफ़ाइल"],
    "email": ["सूचनादाता का ईमेल"],
    "place": ["सूचनादाता का शहर"],
    "relation": ["संबंध"],
}

# ---------------------------------------------------------------------- prose
# {P} = platform display name.  "neutral" pools must contain no topic words.
INTRO_TOPIC_EN = [
    "Our team has identified content on {P} indicating that the person below may be at imminent risk of self-harm. We are sharing this information so that you can check on their wellbeing.",
    "We are contacting you about a {P} account that may belong to a person at risk of suicide.",
    "This is an emergency referral. A {P} user has posted content suggesting suicidal intent. Please treat this as urgent.",
    "{P} has detected content in which the user appears to be planning to harm themselves. We are notifying you so that a welfare check can be carried out.",
    "We believe the {P} user described below is at serious risk of self-harm and are disclosing the following information to help you locate them.",
    "A friend of this person reported a post to {P} which we believe shows a risk of suicide. Details are below.",
]
INTRO_NEUTRAL_EN = [
    "We are reaching out because we believe the person described below may need immediate help.",
    "In response to an emergency involving a danger of death or serious physical injury, we are voluntarily disclosing the following information.",
    "Please find below the information we are able to share in connection with this emergency.",
    "We received a report about the account below and believe a wellness check is warranted as soon as possible.",
    "The following information is provided to assist you with an urgent safety matter.",
    "Hello,\n\nPlease see the account details below. Time is important.",
    "Dear Officer,\n\nWe are writing about a {P} user whose recent activity concerns us. We would be grateful if someone could check on this person quickly.",
    "This notice is sent by the {P} Law Enforcement Response Team under our emergency disclosure policy.",
    "Please see below the details of a {P} user we would like you to check on urgently.",
    "",
]
INTRO_TOPIC_HI = [
    "{P} पर एक उपयोगकर्ता द्वारा आत्महत्या से संबंधित पोस्ट की गई है। कृपया तत्काल कार्रवाई करें।",
    "हमें ऐसी सामग्री मिली है जिससे लगता है कि नीचे दिया गया व्यक्ति आत्महत्या का प्रयास कर सकता है।",
    "यह एक आपातकालीन सूचना है। {P} उपयोगकर्ता ने खुद को नुकसान पहुँचाने (self-harm) की बात लिखी है।",
]
INTRO_NEUTRAL_HI = [
    "हमें विश्वास है कि नीचे दिए गए व्यक्ति को तत्काल सहायता की आवश्यकता हो सकती है। कृपया शीघ्र संपर्क करें।",
    "आपातकालीन स्थिति को देखते हुए हम निम्नलिखित जानकारी साझा कर रहे हैं।",
    "कृपया नीचे दिए गए {P} उपयोगकर्ता की तुरंत कुशलता जाँच करवाएँ।",
    "नमस्कार,\n\nनीचे दिए गए व्यक्ति के बारे में तत्काल जानकारी साझा की जा रही है।",
]

CLOSING_EN = [
    "Please treat this as urgent.",
    "If you need more information, reply to this message and quote the reference number.",
    "This information is provided in response to an emergency situation. Please reply to this message if you need more details.",
    "We may not be able to respond to follow-up questions outside this thread.",
    "Thank you for your help.",
    "",
]
CLOSING_HI = [
    "कृपया इसे अत्यावश्यक मानें।",
    "अधिक जानकारी के लिए इसी ईमेल का उत्तर दें और संदर्भ संख्या लिखें।",
    "धन्यवाद।",
]

# helpline / support lines: none of these are the person's phone.
HELPLINE_NEUTRAL_EN = [
    "If you or someone you know needs support, Tele-MANAS is available 24x7 on 14416 or 1-800-891-4416.",
    "In an emergency, call 112.",
    "For questions about this notice, our emergency response team can be reached at +1 650 555 0143 (24/7).",
    "Support resources in India: Tele-MANAS 14416 / 1-800-891-4416; emergency 112.",
    "KIRAN mental health helpline: 1800-599-0019 (toll-free). Police emergency: 112.",
    "Our law enforcement desk: +1-650-555-0178. For local emergencies dial 112.",
]
HELPLINE_TOPIC_EN = [
    "Suicide prevention support is available 24x7 from Tele-MANAS on 14416 or 1-800-891-4416.",
    "If the person is in immediate danger of self-harm, call 112.",
]
HELPLINE_HI = [
    "सहायता के लिए टेली-मानस 14416 या 1-800-891-4416 पर कॉल करें। आपात स्थिति में 112 डायल करें।",
    "आपातकालीन सहायता: 112 | टेली-मानस: 14416",
]

DISCLAIMER_EN = [
    "CONFIDENTIALITY NOTICE: This message is intended only for the law enforcement agency to which it is addressed and may contain confidential information. Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025, USA.",
    "This email was sent by Meta Platforms Ireland Limited, Merrion Road, Dublin 4, D04 X2K5, Ireland.",
    "Please do not share this information beyond what is necessary to respond to the emergency.",
    "© Meta Platforms, Inc. This message was sent to scrb-sm-desk@police.example.in.",
    "Instagram from Meta. Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025.",
]
DISCLAIMER_HI = [
    "गोपनीयता सूचना: यह संदेश केवल उसी कानून प्रवर्तन एजेंसी के लिए है जिसे यह भेजा गया है। Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025, USA.",
    "कृपया यह जानकारी आपात स्थिति से निपटने के लिए आवश्यक सीमा से अधिक साझा न करें।",
]
UNSUB_HI = [
    "ये ईमेल प्राप्त करना बंद करने के लिए: https://www.facebook.com/o.php?k=AS3{K}&u={U}&mid=5f{M}",
    "सूचना सेटिंग बदलें: https://www.facebook.com/records/settings",
]
HELP_URLS = [
    "https://www.facebook.com/help/contact/law-enforcement",
    "https://www.facebook.com/records",
    "https://help.instagram.com/494561080557017",
    "https://about.meta.com/actions/safety/",
    "https://www.facebook.com/safety",
    "https://transparency.meta.com/",
]
UNSUB_EN = [
    "You are receiving this message because this address is registered in our Law Enforcement Online Request System. Manage notifications: https://www.facebook.com/records/settings",
    "To stop receiving these emails, unsubscribe: https://www.facebook.com/o.php?k=AS3{K}&u={U}&mid=5f{M}",
    "Manage email preferences: https://www.instagram.com/emails/settings/?uid={U}",
]

# ---------------------------------------------------------------------- posts
# {m|f} alternatives are chosen by the person's gender.  Avoid double quotes, backslashes
# and railway words (train/station/track/platform) here.
POST_TOPIC = [
    "I can't do this anymore. Tonight I will end my life.",
    "This is my last post. Nobody will miss me, suicide is the only way out.",
    "I'm going to kill myself tonight. Sorry to everyone I hurt.",
    "Ab jeene ka mann nahi hai, aaj raat suicide kar {lunga|lungi}.",
    "Maine faisla kar liya hai, aaj khudkushi kar {lunga|lungi}. Maaf karna sab.",
    "Bought the pills. I am ending my life tonight, goodbye everyone.",
    "Sabko alvida. Main suicide note likh {raha|rahi} hoon.",
    "मैं आत्महत्या करने जा {रहा|रही} हूँ, मुझे माफ़ करना।",
    "अब जीने की इच्छा नहीं रही। आज रात आत्महत्या कर {लूँगा|लूँगी}।",
    "Everyone will be happier without me. I want to kill myself.",
    "Main aaj apni jaan de {dunga|dungi}, koi mujhe dhoondna mat.",
    "मेरी मौत का कोई ज़िम्मेदार नहीं है। मैं खुदकुशी कर {रहा|रही} हूँ।",
]
POST_MILD = [
    "Thak {gaya|gayi} hoon sabse. Bas ab aur nahi.",
    "Goodbye everyone. Thank you for everything.",
    "Kal ka sooraj shayad na dekhoon.",
    "Sab khatam. Koi yaad mat karna.",
    "I'm tired of everything and everyone.",
    "Aaj ke baad kisi ko pareshaan nahi {karunga|karungi}.",
    "Bas, ab bahut ho gaya \U0001F64F",
    "Last post. Take care of mom.",
    "Nobody understands. I am leaving for good.",
    "Yeh meri aakhri photo hai.",
    "Maaf karna sab log, main {haar gaya|haar gayi}.",
    "Sorry mummy papa \U0001F614 main {accha beta|acchi beti} nahi ban {paya|payi}.",
    "सबको अलविदा।",
    "अब थक {गया|गई} हूँ, माफ़ करना।",
    "मम्मी पापा मुझे माफ़ करना।",
    "आज के बाद किसी को परेशान नहीं {करूँगा|करूँगी}।",
    "Kuch accha nahi lag raha. Sab chhod ke ja {raha|rahi} hoon.",
    "It's all over for me. Take care, all of you.",
    "Bye. Shayad yeh aakhri baar hai.",
    "I don't see any way forward anymore.",
    "Zindagi se haar {gaya|gayi} hoon.",
    "Mujhe maaf kar dena, bas itna hi kehna tha.",
]
# {X} = a place elsewhere (not where the person is)
POST_PLACE = [
    "Kal {X} ja {raha|rahi} hoon, wapas nahi {aaunga|aaungi}.",
    "Remember our trip to {X}? I wish I could go back one last time.",
    "Watching a film set in {X}. Feels like everything is ending.",
    "{X} ki yaadein... ab kuch nahi bacha.",
    "Going to {X} tomorrow for the last time. Goodbye.",
    "Sab log {X} ghoomne gaye, main akela {reh gaya|reh gayi}. Ab bas.",
]
POST_PLACE_HI = [
    "कल {X} जा {रहा|रही} हूँ, फिर नहीं {लौटूँगा|लौटूँगी}।",
    "{X} की यादें... अब कुछ नहीं बचा।",
]
POST_RAILWAY = [
    "Station par {baitha|baithi} hoon. Bas ab aur nahi.",
    "Sitting near the tracks. Nobody call me.",
    "Aakhri baar platform par {khada|khadi} hoon, ab aur nahi sahaa jaata.",
    "पटरी के पास {बैठा|बैठी} हूँ, अब और नहीं।",
]

SUBJECT_TOPIC_EN = [
    "Emergency Referral: {P} user may be at risk of self-harm [Ref {R}]",
    "Urgent: {P} self-harm alert – case {R}",
    "Suicide risk alert – immediate attention required ({R})",
    "{P} emergency referral – possible suicide attempt",
    "Self-harm report {R}",
    "At-risk user referral from {P} – {R}",
]
SUBJECT_NEUTRAL_EN = [
    "Emergency notification", "Emergency Disclosure Request - response", "A person may need help",
    "Urgent safety referral", "Law enforcement outreach", "Time sensitive: user safety",
    "{R}", "[{R}]", "Emergency notification [{R}]", "Urgent safety referral – {P} – {R}",
    "Wellness check requested ({P})", "Please check on this person – {R}",
    "{P} emergency request {R}", "Re: Emergency Disclosure Request {R}",
    "Law enforcement notice – case {R}", "Information shared under emergency disclosure",
]
SUBJECT_TOPIC_HI = [
    "आत्महत्या की आशंका – तत्काल कार्रवाई आवश्यक ({R})",
    "{P}: आत्महत्या संबंधी पोस्ट – संदर्भ {R}",
    "आत्महत्या की आशंका – तत्काल सूचना",
]
SUBJECT_NEUTRAL_HI = [
    "आपातकालीन सूचना – संदर्भ {R}", "तत्काल: उपयोगकर्ता सुरक्षा", "कृपया तुरंत संपर्क करें – {R}",
    "आपातकालीन सूचना",
]

# Forward notes from police (English / Hindi).  Must not name a different district.
FWD_NOTE_EN = [
    "Forwarded for necessary action. Kindly route to the concerned police station.",
    "Sir, the below alert was received on our cyber cell mailbox. Please take immediate action.",
    "FYI and necessary action please.",
    "Please see below. Received at {T}. Requesting urgent routing.",
    "Forwarding the referral received from the platform. Our ref: {OR}.",
    "Dear SCRB desk, please process the below on priority.",
]
FWD_NOTE_HI = [
    "कृपया आवश्यक कार्रवाई हेतु संबंधित थाने को भेजें।",
    "महोदय, नीचे दी गई सूचना साइबर सेल के ईमेल पर प्राप्त हुई है। कृपया तत्काल कार्रवाई करें।",
    "सूचनार्थ एवं आवश्यक कार्यवाही हेतु अग्रेषित।",
    "कृपया प्राथमिकता पर देखें। हमारा संदर्भ: {OR}",
]
FORWARDERS = [
    ("Cyber Cell Ajmer", "cybercell-ajm@police.example.in", "Cyber Cell, Ajmer"),
    ("SP Office Beawar", "sp-beawar@police.example.in", "SP Office, Beawar"),
    ("Cyber Police Station Jaipur", "cyberps-jpr@rajpolice.gov.in", "Cyber Police Station, Jaipur Commissionerate"),
    ("Cyber Crime Cell Jodhpur", "cybercell.jodhpur@rajpolice.gov.in", "Cyber Crime Cell, Jodhpur"),
    ("SCRB Duty Officer", "duty-scrb@police.example.in", "SCRB, Police Headquarters, Jaipur"),
    ("Cyber Cell Udaipur", "cc-udaipur@rajpolice.gov.in", "Cyber Cell, Udaipur Range"),
    ("Control Room Kota City", "cr-kota-fwd@police.example.in", "Police Control Room, Kota City"),
    ("साइबर सेल बीकानेर", "cybercell-bkn@rajpolice.gov.in", "साइबर सेल, बीकानेर"),
    ("Range Office Bharatpur", "range-bharatpur@rajpolice.gov.in", "IG Range Office, Bharatpur"),
    ("Cyber Cell Sikar", "cybercell-sikar@police.example.in", "Cyber Cell, Sikar"),
]

# Hand-written tables for the fresh7 corpus. Everything about people is fictional.
# PLACES: (place as written, district, police_district, place_kind)
# outside Rajasthan: district None, kind "outside".

PLACES = [
    # Ajmer
    ("Kishangarh, Ajmer", "Ajmer", None, "town"),
    ("Nasirabad", "Ajmer", None, "town"),
    ("Village Tilonia, Tehsil Kishangarh, Ajmer", "Ajmer", None, "village"),
    ("Kekri", "Ajmer", None, "abolished_district"),
    ("Ajmer Junction", "Ajmer", "GRP Ajmer", "railway_station"),
    ("305001", "Ajmer", None, "pin"),
    # Alwar
    ("Rajgarh, Alwar", "Alwar", None, "town"),
    ("Village Bhangarh, Tehsil Thanagazi, Alwar", "Alwar", None, "village"),
    ("Malakhera", "Alwar", None, "tehsil"),
    ("PIN 301001", "Alwar", None, "pin"),
    # Balotra
    ("Siwana, Barmer", "Balotra", None, "old_district"),
    ("Pachpadra, Barmer", "Balotra", None, "old_district"),
    ("Village Jasol, Tehsil Balotra", "Balotra", None, "village"),
    ("बालोतरा", "Balotra", None, "hindi"),
    # Banswara
    ("Kushalgarh, Banswara", "Banswara", None, "tehsil"),
    ("Village Mangarh, Banswara", "Banswara", None, "village"),
    ("Banswada", "Banswara", None, "misspelling"),
    ("Bagidora", "Banswara", None, "tehsil"),
    # Baran
    ("Chhabra, Baran", "Baran", None, "town"),
    ("Village Sitabari, Kelwara, Baran", "Baran", None, "village"),
    ("Atru", "Baran", None, "tehsil"),
    # Barmer
    ("Chohtan, Barmer", "Barmer", None, "tehsil"),
    ("Gudamalani", "Barmer", None, "tehsil"),
    ("344001", "Barmer", None, "pin"),
    ("बाड़मेर", "Barmer", None, "hindi"),
    # Beawar
    ("Masuda, Ajmer", "Beawar", None, "old_district"),
    ("Vijaynagar, Ajmer", "Beawar", None, "old_district"),
    ("Chang Gate, Beawar", "Beawar", None, "locality"),
    ("Byawar", "Beawar", None, "misspelling"),
    # Bharatpur
    ("Bayana, Bharatpur", "Bharatpur", None, "town"),
    ("Rupbas", "Bharatpur", None, "tehsil"),
    ("321001", "Bharatpur", None, "pin"),
    # Bhilwara
    ("Gulabpura, Bhilwara", "Bhilwara", None, "town"),
    ("Mandalgarh", "Bhilwara", None, "tehsil"),
    ("Kotri, Distt. Shahpura", "Bhilwara", None, "abolished_district"),
    ("Bhilwada", "Bhilwara", None, "misspelling"),
    # Bikaner
    ("Nokha, Bikaner", "Bikaner", None, "town"),
    ("Village Mukam, Tehsil Nokha, Bikaner", "Bikaner", None, "village"),
    ("नोखा, बीकानेर", "Bikaner", None, "hindi"),
    ("Bikaner Junction", "Bikaner", "GRP Jodhpur", "railway_station"),
    ("Lunkaransar", "Bikaner", None, "tehsil"),
    # Bundi
    ("Keshoraipatan, Bundi", "Bundi", None, "town"),
    ("Hindoli", "Bundi", None, "tehsil"),
    ("Nainwa, Bundi", "Bundi", None, "tehsil"),
    # Chittorgarh
    ("Nimbahera, Chittorgarh", "Chittorgarh", None, "town"),
    ("Village Baroli, Rawatbhata, Chittorgarh", "Chittorgarh", None, "village"),
    ("चित्तौड़गढ़", "Chittorgarh", None, "hindi"),
    ("Kapasan", "Chittorgarh", None, "tehsil"),
    # Churu
    ("Sardarshahar, Churu", "Churu", None, "town"),
    ("Village Salasar, Tehsil Sujangarh, Churu", "Churu", None, "village"),
    ("Taranagar", "Churu", None, "tehsil"),
    ("331001", "Churu", None, "pin"),
    # Dausa
    ("Bandikui Junction", "Dausa", "GRP Ajmer", "railway_station"),
    ("Village Abhaneri, Tehsil Baswa, Dausa", "Dausa", None, "village"),
    ("Lalsot, Dausa", "Dausa", None, "town"),
    ("Mahwa", "Dausa", None, "tehsil"),
    # Deeg
    ("Kaman, Bharatpur", "Deeg", None, "old_district"),
    ("Kumher, Bharatpur", "Deeg", None, "old_district"),
    ("Nagar, Deeg", "Deeg", None, "tehsil"),
    ("डीग", "Deeg", None, "hindi"),
    # Dholpur
    ("Bari, Dholpur", "Dholpur", None, "town"),
    ("Rajakhera", "Dholpur", None, "tehsil"),
    ("Village Machkund, Dholpur", "Dholpur", None, "village"),
    ("328001", "Dholpur", None, "pin"),
    # Didwana-Kuchaman
    ("Makrana, Nagaur", "Didwana-Kuchaman", None, "old_district"),
    ("Ladnun, Nagaur", "Didwana-Kuchaman", None, "old_district"),
    ("Kuchaman City", "Didwana-Kuchaman", None, "town"),
    ("Parbatsar", "Didwana-Kuchaman", None, "tehsil"),
    # Dungarpur
    ("Sagwara, Dungarpur", "Dungarpur", None, "town"),
    ("Village Galiakot, Dungarpur", "Dungarpur", None, "village"),
    ("Dungerpur", "Dungarpur", None, "misspelling"),
    ("डूंगरपुर", "Dungarpur", None, "hindi"),
    # Hanumangarh
    ("Nohar, Hanumangarh", "Hanumangarh", None, "town"),
    ("Village Kalibangan, Tehsil Pilibanga, Hanumangarh", "Hanumangarh", None, "village"),
    ("Hanumangadh", "Hanumangarh", None, "misspelling"),
    ("Hanumangarh Junction railway station", "Hanumangarh", "GRP Jodhpur", "railway_station"),
    # Jaipur
    ("Malviya Nagar, Jaipur", "Jaipur", "Jaipur East", "locality"),
    ("Vaishali Nagar, Jaipur", "Jaipur", "Jaipur West", "locality"),
    ("Mansarovar, Jaipur", "Jaipur", None, "locality"),
    ("Village Samode, Tehsil Chomu, Jaipur", "Jaipur", None, "village"),
    ("Dudu", "Jaipur", None, "abolished_district"),
    ("Jamwa Ramgarh, Jaipur Rural", "Jaipur", None, "abolished_district"),
    ("Phulera Junction", "Jaipur", "GRP Ajmer", "railway_station"),
    ("302017", "Jaipur", None, "pin"),
    ("मालवीय नगर, जयपुर", "Jaipur", "Jaipur East", "hindi"),
    ("Jaipure", "Jaipur", None, "misspelling"),
    # Jaisalmer
    ("Pokaran, Jaisalmer", "Jaisalmer", None, "town"),
    ("Village Ramdevra, Tehsil Pokaran, Jaisalmer", "Jaisalmer", None, "village"),
    ("Mohangarh", "Jaisalmer", None, "town"),
    ("345001", "Jaisalmer", None, "pin"),
    # Jalore
    ("Bhinmal, Jalore", "Jalore", None, "town"),
    ("Sanchore", "Jalore", None, "abolished_district"),
    ("Chitalwana, Sanchore", "Jalore", None, "abolished_district"),
    ("भीनमाल, जालौर", "Jalore", None, "hindi"),
    # Jhalawar
    ("Bhawani Mandi, Jhalawar", "Jhalawar", None, "town"),
    ("Jhalrapatan", "Jhalawar", None, "tehsil"),
    ("Village Gagron, Jhalawar", "Jhalawar", None, "village"),
    ("झालावाड़", "Jhalawar", None, "hindi"),
    # Jhunjhunu
    ("Nawalgarh, Jhunjhunu", "Jhunjhunu", None, "town"),
    ("Pilani", "Jhunjhunu", None, "town"),
    ("Village Dundlod, Tehsil Nawalgarh, Jhunjhunu", "Jhunjhunu", None, "village"),
    ("Jhunjhunun", "Jhunjhunu", None, "misspelling"),
    # Jodhpur
    ("Ratanada, Jodhpur", "Jodhpur", "Jodhpur East", "locality"),
    ("Sardarpura, Jodhpur", "Jodhpur", "Jodhpur West", "locality"),
    ("शास्त्री नगर जोधपुर", "Jodhpur", "Jodhpur West", "hindi"),
    ("Village Salawas, Tehsil Luni, Jodhpur", "Jodhpur", None, "village"),
    ("Bilara, Jodhpur Rural", "Jodhpur", None, "abolished_district"),
    ("Jodhpur Railway Station", "Jodhpur", "GRP Jodhpur", "railway_station"),
    ("Pipar City", "Jodhpur", None, "town"),
    ("Jodhpure", "Jodhpur", None, "misspelling"),
    # Karauli
    ("Hindaun City", "Karauli", None, "town"),
    ("Village Kailadevi, Tehsil Karauli, Karauli", "Karauli", None, "village"),
    ("Todabhim", "Karauli", None, "tehsil"),
    ("करौली", "Karauli", None, "hindi"),
    # Khairthal-Tijara
    ("Khairthal, Alwar", "Khairthal-Tijara", None, "old_district"),
    ("Tijara, Alwar", "Khairthal-Tijara", None, "old_district"),
    ("Kishangarh Bas", "Khairthal-Tijara", None, "tehsil"),
    ("Bhiwadi", "Khairthal-Tijara", None, "town"),
    # Kota
    ("Talwandi, Kota", "Kota", None, "locality"),
    ("Ramganj Mandi", "Kota", None, "town"),
    ("Kota Junction", "Kota", "GRP Ajmer", "railway_station"),
    ("324006", "Kota", None, "pin"),
    ("Sangod, Kota", "Kota", None, "tehsil"),
    # Kotputli-Behror
    ("Behror, Alwar", "Kotputli-Behror", None, "old_district"),
    ("Kotputli, Jaipur", "Kotputli-Behror", None, "old_district"),
    ("Neemrana, Alwar", "Kotputli-Behror", None, "old_district"),
    ("Bansur", "Kotputli-Behror", None, "tehsil"),
    # Nagaur
    ("Merta City, Nagaur", "Nagaur", None, "town"),
    ("Degana", "Nagaur", None, "tehsil"),
    ("Village Kuchera, Nagaur", "Nagaur", None, "village"),
    ("341001", "Nagaur", None, "pin"),
    # Pali
    ("Sojat, Pali", "Pali", None, "town"),
    ("Sumerpur", "Pali", None, "town"),
    ("Marwar Junction railway station", "Pali", "GRP Jodhpur", "railway_station"),
    ("Village Nana, Tehsil Bali, Pali", "Pali", None, "village"),
    # Phalodi
    ("Lohawat, Jodhpur", "Phalodi", None, "old_district"),
    ("Bap, Jodhpur", "Phalodi", None, "old_district"),
    ("Village Khichan, Tehsil Phalodi", "Phalodi", None, "village"),
    ("फलोदी", "Phalodi", None, "hindi"),
    # Pratapgarh
    ("Chhoti Sadri, Pratapgarh", "Pratapgarh", None, "town"),
    ("Arnod", "Pratapgarh", None, "tehsil"),
    ("Pratapgadh, Rajasthan", "Pratapgarh", None, "misspelling"),
    # Rajsamand
    ("Nathdwara, Rajsamand", "Rajsamand", None, "town"),
    ("Village Haldighati, Tehsil Khamnor, Rajsamand", "Rajsamand", None, "village"),
    ("Kumbhalgarh", "Rajsamand", None, "tehsil"),
    ("Village Piplantri, Rajsamand", "Rajsamand", None, "village"),
    # Salumbar
    ("Sarada, Udaipur", "Salumbar", None, "old_district"),
    ("Salumbar, Udaipur", "Salumbar", None, "old_district"),
    ("Semari", "Salumbar", None, "tehsil"),
    ("सलूम्बर", "Salumbar", None, "hindi"),
    # Sawai Madhopur
    ("Gangapur City", "Sawai Madhopur", None, "abolished_district"),
    ("Bamanwas, Gangapur City", "Sawai Madhopur", None, "abolished_district"),
    ("Sawai Madhopur Junction", "Sawai Madhopur", "GRP Ajmer", "railway_station"),
    ("Sawai Madhupur", "Sawai Madhopur", None, "misspelling"),
    ("Khandar", "Sawai Madhopur", None, "tehsil"),
    # Sikar
    ("Fatehpur Shekhawati, Sikar", "Sikar", None, "town"),
    ("Neem Ka Thana", "Sikar", None, "abolished_district"),
    ("Village Khatu Shyamji, Sikar", "Sikar", None, "village"),
    ("332001", "Sikar", None, "pin"),
    ("सीकर", "Sikar", None, "hindi"),
    # Sirohi
    ("Abu Road railway station", "Sirohi", "GRP Jodhpur", "railway_station"),
    ("Pindwara, Sirohi", "Sirohi", None, "tehsil"),
    ("Sheoganj", "Sirohi", None, "tehsil"),
    ("307001", "Sirohi", None, "pin"),
    # Sri Ganganagar
    ("Suratgarh, Sri Ganganagar", "Sri Ganganagar", None, "town"),
    ("Anupgarh", "Sri Ganganagar", None, "abolished_district"),
    ("Gharsana, Anupgarh", "Sri Ganganagar", None, "abolished_district"),
    ("Raisinghnagar", "Sri Ganganagar", None, "tehsil"),
    ("श्री गंगानगर", "Sri Ganganagar", None, "hindi"),
    # Tonk
    ("Malpura, Tonk", "Tonk", None, "town"),
    ("Village Banasthali, Tehsil Niwai, Tonk", "Tonk", None, "village"),
    ("Deoli", "Tonk", None, "tehsil"),
    ("304001", "Tonk", None, "pin"),
    # Udaipur
    ("Hiran Magri, Udaipur", "Udaipur", None, "locality"),
    ("Gogunda", "Udaipur", None, "tehsil"),
    ("Village Rishabhdev, Udaipur", "Udaipur", None, "village"),
    ("Udaipur City railway station", "Udaipur", "GRP Ajmer", "railway_station"),
    ("313001", "Udaipur", None, "pin"),
    ("Jhadol", "Udaipur", None, "tehsil"),
]

OUTSIDE = [
    "Indore, Madhya Pradesh",
    "Gurugram, Haryana",
    "Ahmedabad, Gujarat",
    "Pune, Maharashtra",
    "Lucknow, Uttar Pradesh",
    "Ludhiana, Punjab",
]

# post_only: the only location is in the post. (post text, district, topic?)
POST_ONLY = [
    ("Pushkar ghat pe baitha hoon, pani bahut gehra lag raha hai aaj. ab wapas nahi jaana", "Ajmer"),
    ("Kaylana jheel ke kinare aa gayi hoon. yahan se sab kuch chhota dikhta hai, bas ab bahut ho gaya", "Jodhpur"),
    ("Fateh Sagar ki paal par akela baitha hoon. kisi ko farak nahi padta, aaj raat aakhri hai", "Udaipur"),
    ("Sonar Qila ki deewar par khada hoon, neeche dekh raha hoon. maaf karna sab", "Jaisalmer"),
    ("Chambal river front par hoon Kota mein, pul ke upar. ab sehen nahi hota", "Kota"),
]

FIRST = ["Aarti", "Bhagwan", "Chetan", "Dimple", "Farhan", "Gunjan", "Hemant", "Ishita", "Jitendra",
         "Kamla", "Lokesh", "Mamta", "Naresh", "Omprakash", "Pooja", "Rakesh", "Sangeeta", "Tarun",
         "Usha", "Vikram", "Yogesh", "Zeenat", "Anil", "Bhavna", "Dinesh", "Geeta", "Hansraj",
         "Jyoti", "Kailash", "Lalita", "Manoj", "Neha", "Pradeep", "Rekha", "Sunil", "Tanvi",
         "Umesh", "Vandana", "Aslam", "Shabnam", "Gurpreet", "Harleen", "Mahendra", "Priyanka",
         "Rohit", "Seema", "Deepak", "Kusum", "Ramesh", "Suman"]
LAST = ["Choudhary", "Bishnoi", "Rajpurohit", "Jat", "Gurjar", "Meena", "Meghwal", "Bairwa", "Saini",
        "Kumawat", "Prajapat", "Sharma", "Joshi", "Rathore", "Shekhawat", "Solanki", "Parihar",
        "Qureshi", "Pathan", "Sandhu", "Gill", "Vyas", "Purohit", "Dangi", "Charan", "Suthar",
        "Khatik", "Regar", "Bhil", "Garasia", "Agarwal", "Maheshwari", "Jain", "Soni", "Nai"]
HINDI_NAMES = ["रमेश कुमावत", "सीमा मीणा", "दिनेश बैरवा", "पूजा प्रजापत", "महेंद्र गुर्जर", "गीता सैनी",
               "कैलाश जाट", "सुमन चौधरी"]

# Posts with topic words (match the brief's regex).
POSTS_TOPIC = [
    "I want to die. Nobody will even notice I am gone.",
    "aaj main khudkushi kar lunga, sab khush rahna",
    "मैं आत्महत्या करने जा रहा हूँ, मेरे बाद माँ का ध्यान रखना",
    "tired of everything, tonight I will end my life",
    "going to kill myself after this live, this is my last video",
    "self harm karke bhi dard kam nahi hota ab",
    "Is baar khud kushi pakki hai. koi mat rokna",
    "I will end my life tonight, the pills are already here",
    "suicide note likh diya hai, kal subah padh lena",
    "मुझे अब जीना नहीं है, आत्महत्या ही रास्ता है",
    "want to die, cannot face papa after the result",
    "sab log bolte hain strong raho, par main kill myself karna chahta hoon",
]

# Posts with no topic words.
POSTS_QUIET = [
    "bas ab aur nahi. sorry maa, main thak gaya hoon",
    "अलविदा दोस्तों, आज के बाद मैं किसी को तंग नहीं करूंगी",
    "ye meri aakhri photo hai. mujhe maaf kar dena",
    "Goodbye everyone. Thank you for the memories, I won't be here tomorrow.",
    "rassi le aaya hoon, ab koi fayda nahi",
    "neend ki goliyan ikatthi kar li hain. aaj raat chain ki neend aayegi",
    "सब खत्म। अब और नहीं सहा जाता। माँ पापा माफ़ करना",
    "I can't do this anymore. Tonight it ends.",
    "train ki patri ke paas khada hoon, ab wapas nahi jaunga",
    "kal ka suraj main nahi dekhunga",
    "Mera phone kisi ko mat dena. Sab ke liye note chhod diya hai",
    "पानी की टंकी पर चढ़ गया हूँ, कोई मत आना",
    "Main jaa rahi hoon hamesha ke liye. koi dhoondhna mat",
    "no one will miss me. this is my last post",
    "result aa gaya, ab ghar wapas nahi jaana. bye",
    "zeher ki sheeshi haath mein hai, bas himmat jutaa raha hoon",
    "मेरी आखिरी पोस्ट। जिसे जो कहना है आज कह दो",
    "Everything is dark. I have decided. Please forgive me.",
    "ab is duniya mein mera kuch nahi bacha, alvida",
    "kuen ke paas baithi hoon. bachpan yaad aa raha hai. alvida",
    "Sorry Papa. I tried. I am done now.",
    "कर्ज़ बहुत हो गया, अब रास्ता एक ही बचा है",
    "blade haath mein hai aur aansu ruk nahi rahe",
    "mummy ki dawai ki saari goliyan kha li hain. bye",
    "goodbye world, see you never",
    "इस पोस्ट के बाद मेरा फ़ोन बंद मिलेगा, ढूंढना मत",
]

# Posts with places that are NOT where the person is (trap post_place). Quiet.
POSTS_PLACE_TRAP = [
    ("Goa jaane ka sapna tha, ab kabhi poora nahi hoga. bas aaj raat", "Goa"),
    ("Manali ki woh trip yaad hai? ab wo din kabhi nahi aayenge. alvida", "Manali"),
    ("Mumbai mein naukri chali gayi, ghar lautne ka mann nahi. sab khatam", "Mumbai"),
    ("Shimla wali photo meri aakhri yaad rahegi. bye sab", "Shimla"),
    ("Delhi 6 film dekhi aaj, aur ab kuch dekhne ka mann nahi. main ja raha hoon", "Delhi 6"),
]
